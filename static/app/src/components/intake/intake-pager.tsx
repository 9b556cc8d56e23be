import Button from '@atlaskit/button/new';
import type { IntakeBoardPageDto } from '../../../../../src/contract/intake-board-page-dto';

/** Previous and next page of the matching proposals; shown only when they do not fit on one page. */
export function IntakePager({
  page,
  shown,
  pageSize,
  onPage,
}: {
  readonly page: IntakeBoardPageDto;
  readonly shown: number;
  readonly pageSize: number;
  readonly onPage: (offset: number) => void;
}) {
  if (page.offset === 0 && shown >= page.matching) return null;
  return (
    <nav className="pmo-toolbar" aria-label="Pages of proposals">
      <Button
        isDisabled={page.offset === 0}
        onClick={() => {
          onPage(Math.max(0, page.offset - pageSize));
        }}
      >
        Previous {pageSize}
      </Button>
      <Button
        isDisabled={page.offset + shown >= page.matching}
        onClick={() => {
          onPage(page.offset + pageSize);
        }}
      >
        Next {pageSize}
      </Button>
    </nav>
  );
}
