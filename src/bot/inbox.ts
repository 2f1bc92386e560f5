/**
 * The inbox folder, watched while the bot runs: a report file put there is ingested and the
 * admins are told what was read. Files already in the database are passed over quietly.
 */
import { watch, type FSWatcher } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Db } from '../index/index.ts';
import { ingestAndDescribe, REPORT_TYPES } from './upload.ts';

export interface InboxOptions {
  db: Db;
  dir: string;
  /** told of each file read or refused (HTML) */
  notify(html: string): Promise<void>;
  /** after reports were added */
  changed(): void;
  log: { info(o: object, m: string): void; error(o: object, m: string): void };
}

export interface Inbox {
  /** one pass over the folder; resolves when its files are ingested */
  scan(): Promise<void>;
  stop(): Promise<void>;
}

export async function watchInbox(opts: InboxOptions): Promise<Inbox> {
  await mkdir(opts.dir, { recursive: true });
  const seen = new Map<string, string>();
  let pass: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;

  const once = async (): Promise<void> => {
    let added = false;
    for (const name of (await readdir(opts.dir)).sort()) {
      if (name.startsWith('.') || !REPORT_TYPES.includes(extname(name).toLowerCase())) continue;
      const path = join(opts.dir, name);
      const st = await stat(path).catch(() => null);
      if (!st?.isFile()) continue;
      const mark = `${st.size}:${st.mtimeMs}`;
      if (seen.get(path) === mark) continue;
      seen.set(path, mark);
      try {
        const r = await ingestAndDescribe(opts.db, path, await readFile(path), { quietIfUnchanged: true });
        added ||= r.added;
        if (r.html) {
          opts.log.info({ file: path, added: r.added }, 'inbox file');
          await opts.notify(`收件夹新文件：\n${r.html}`).catch((e: Error) => opts.log.error({ err: e.message }, 'admin not told'));
        }
      } catch (e) {
        opts.log.error({ file: path, err: (e as Error).message }, 'inbox file failed');
      }
    }
    if (added) opts.changed();
  };
  const scan = (): Promise<void> => (pass = pass.then(once, once));

  // a file is often written in several steps: wait until the folder has been quiet a moment
  const watcher: FSWatcher = watch(opts.dir, () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void scan(), 500);
  });
  await scan();
  return {
    scan,
    async stop() {
      if (timer) clearTimeout(timer);
      watcher.close();
      await pass;
    },
  };
}
