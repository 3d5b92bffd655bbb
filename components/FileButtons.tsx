/** An "export to a JSON file" button and an "import a JSON file" picker, side by side (Options). */
export function FileButtons(props: { exportLabel: string; importLabel: string; onExport: () => void; onImport: (input: HTMLInputElement) => void }) {
  return (
    <div class="row">
      <button type="button" onClick={props.onExport}>
        {props.exportLabel}
      </button>
      <label class="file">
        {props.importLabel}
        <input type="file" accept="application/json,.json" onChange={(e) => props.onImport(e.currentTarget)} />
      </label>
    </div>
  );
}
