// Stand-in for the Forge Node runtime loader that `forge deploy` downloads from Atlassian's CDN and adds to the
// package as __forge__.cjs. The packaging check points FORGE_RUNTIME_PATH here so it runs without the network;
// the real runtime script is supplied by Forge at deploy time.
'use strict';
