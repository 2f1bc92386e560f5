/**
 * What every reader (text, HTML, Word, PDF) hands to the layout-independent report reader:
 * rows of cells, each cell knowing the 1-based line of the source where it stands.
 */
export interface Cell {
  text: string;
  line: number;
}

export interface CellRow {
  line: number;
  cells: Cell[];
}

export interface SourceDoc {
  /** reader and layout, e.g. "text/tsv", "html", "docx", "pdf" */
  layout: string;
  rows: CellRow[];
  warnings: string[];
}
