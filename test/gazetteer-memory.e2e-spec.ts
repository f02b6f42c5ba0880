import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Inside the repository, so the compiled module still finds node_modules. */
const BUILD_DIR = join(process.cwd(), 'test-artifacts', 'gazetteer-build');

/**
 * Jest gives modules a require cache of its own, so whether the decoded GeoNames records can be
 * garbage-collected is a question for plain Node: the gazetteer module is compiled (with what it
 * imports) and run with the collector exposed.
 */
describe('the place gazetteer in plain Node', () => {
  let gazetteerUrl: string;

  beforeAll(async () => {
    const tsc = join(process.cwd(), 'node_modules', '.bin', 'tsc');
    const source = join('src', 'profiles', 'reference', 'gazetteer.ts');
    const options = ['--ignoreConfig', '--outDir', BUILD_DIR, '--rootDir', 'src', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2023', '--lib', 'es2023,es2024.string', '--types', 'node', '--strict', '--skipLibCheck'];
    await run(tsc, [...options, source], { cwd: process.cwd() });
    gazetteerUrl = pathToFileURL(join(BUILD_DIR, 'profiles', 'reference', 'gazetteer.js')).href;
  }, 120_000);

  async function inNode(script: string): Promise<unknown> {
    const { stdout } = await run(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { cwd: process.cwd() });
    return JSON.parse(stdout);
  }

  it('lets the decoded records be collected once the caller drops them', async () => {
    const outcome = await inNode(`
      import { loadCityRecords } from ${JSON.stringify(gazetteerUrl)};
      const records = new WeakRef(loadCityRecords());
      const decoded = records.deref().length;
      // A WeakRef holds its target until the current job ends.
      setImmediate(() => {
        gc();
        console.log(JSON.stringify({ decoded, collected: records.deref() === undefined }));
      });
    `);
    expect(outcome).toEqual({ decoded: expect.any(Number), collected: true });
    expect((outcome as { decoded: number }).decoded).toBeGreaterThan(130_000);
  }, 60_000);
});
