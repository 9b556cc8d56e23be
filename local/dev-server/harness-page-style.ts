/** The harness page's styles: plain, readable, with a visible focus ring for keyboard users. */
export const harnessPageStyle = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Liberation Sans", Arial, sans-serif; color: #172b4d; background: #f7f8f9; }
a { color: #0c66e4; }
:focus-visible { outline: 2px solid #388bff; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 8px; background: #fff; padding: 8px 12px; }
.skip:focus { left: 8px; z-index: 10; }
header { background: #fff; border-bottom: 1px solid #dcdfe4; padding: 16px 24px; }
h1 { font-size: 24px; line-height: 28px; margin: 0 0 4px; font-weight: 600; }
.site { margin: 0 0 12px; color: #44546f; }
form { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 12px 20px; }
label { display: flex; flex-direction: column; gap: 4px; font-weight: 600; font-size: 12px; color: #44546f; }
select, input[type=text] { font: inherit; color: #172b4d; min-width: 14rem; max-width: 28rem; padding: 6px 8px; border: 2px solid #dcdfe4; border-radius: 4px; background: #fff; }
button { font: inherit; font-weight: 500; color: #fff; background: #0c66e4; border: 0; border-radius: 4px; padding: 8px 14px; cursor: pointer; }
button:hover { background: #0055cc; }
.hint { flex-basis: 100%; margin: 0; color: #626f86; font-size: 12px; }
main { padding: 24px; display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 36rem), 1fr)); gap: 24px; align-items: start; }
section { background: #fff; border: 1px solid #dcdfe4; border-radius: 8px; padding: 12px 16px 16px; min-width: 0; }
section.wide { grid-column: 1 / -1; }
h2 { font-size: 16px; margin: 0 0 2px; font-weight: 600; }
.where { margin: 0 0 10px; color: #626f86; font-size: 12px; }
header .viewer { margin-top: 12px; background: #f7f8f9; padding: 8px 12px; }
header .viewer p { margin: 0 0 4px; }
header .viewer ul { margin: 4px 0 0; padding-left: 20px; columns: 3 14rem; }
iframe { display: block; width: 100%; height: 400px; border: 1px dashed #b3b9c4; border-radius: 4px; background: #fff; }
`;
