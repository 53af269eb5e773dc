/**
 * SourceStage: the sources' texts written while the merge runs, into a folder of the run's own inside OUT (so a
 * rename, not a copy, puts each in place), and moved to OUT/sources/ by writeOutputs only once every output is valid
 * and OUT holds no file of the user's where a source goes. Writing them as files are merged, rather than all at the
 * end, lets that work overlap the workers' (the end of a run is one process's alone), and no spill holds the texts.
 * A text already in OUT/sources/ unchanged is not written again.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeParent, type OwnedFiles } from './ownedFiles.ts';
import { makeTempFolder, removeTempFolder } from './tempFolder.ts';

export const sourcePath = (file: string): string => `sources/${file}`;

/** True when the file already holds exactly `bytes`: an incremental run then rewrites only the new sources. */
function sameContent(path: string, bytes: Buffer): boolean {
  try {
    // No exception for a missing file, the common case of a first run (thousands of them).
    return statSync(path, { throwIfNoEntry: false })?.size === bytes.length && readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

export class SourceStage {
  private dir: string;
  /** Files whose text OUT/sources/ already holds. */
  private unchanged = new Set<string>();
  private made = new Set<string>();

  constructor(private out: string) {
    mkdirSync(out, { recursive: true });
    // Registered like the run's other temporary folders, so a stop signal removes it too.
    this.dir = makeTempFolder('.nmg-sources-', out);
  }

  add(file: string, text: string): void {
    const bytes = Buffer.from(text, 'utf8');
    if (sameContent(join(this.out, sourcePath(file)), bytes)) { this.unchanged.add(file); return; }
    const path = join(this.dir, file);
    makeParent(path, this.made);
    writeFileSync(path, bytes);
  }

  /** Puts file's source in OUT/sources/ (or keeps the unchanged one) and records it as the pipeline's. */
  place(owned: OwnedFiles, file: string): void {
    if (this.unchanged.has(file)) owned.claim(sourcePath(file));
    else owned.move(sourcePath(file), join(this.dir, file));
  }

  /** Removes the stage folder and whatever is left in it (everything, when the outputs were refused). */
  close(): void {
    removeTempFolder(this.dir);
  }
}
