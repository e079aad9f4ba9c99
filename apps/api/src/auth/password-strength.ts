import { Worker } from 'node:worker_threads';

export interface Strength {
  /** zxcvbn's 0 to 4. */
  score: number;
  personalMatch: boolean;
  commonMatch: boolean;
}

/**
 * zxcvbn is synchronous and slow on long random input (its l33t matcher: seconds for 100
 * characters), so it runs in a worker thread: a sign-up never holds up other requests. Plain
 * JavaScript evaluated in the worker, so it runs the same from src (tests) and from dist.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { ZxcvbnFactory } = require(workerData.core);
const [common, en, id] = workerData.languages.map((p) => require(p));
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary },
  graphs: common.adjacencyGraphs,
  l33tMaxSubstitutions: workerData.l33tMaxSubstitutions,
});
parentPort.on('message', ({ id, password, personal }) => {
  try {
    const result = zxcvbn.check(password, personal);
    const dictionary = result.sequence.filter((m) => m.pattern === 'dictionary');
    parentPort.postMessage({ id, strength: { score: result.score, personalMatch: dictionary.some((m) => m.dictionaryName === 'userInputs'), commonMatch: dictionary.length > 0 } });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

/** Characters zxcvbn sees: a prefix this long that it judges strong makes the password strong. */
export const STRENGTH_CHECKED_CHARACTERS = 64;
// zxcvbn's default of 100 makes its l33t matcher take seconds; 8 still finds "p@ssw0rd".
const L33T_MAX_SUBSTITUTIONS = 8;

/** One worker thread, started on first use (loading the dictionaries takes a moment), checks one password at a time. */
export class PasswordStrengthChecker {
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (s: Strength) => void; reject: (e: Error) => void }>();

  check(password: string, personal: string[]): Promise<Strength> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, password: [...password].slice(0, STRENGTH_CHECKED_CHARACTERS).join(''), personal });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        core: require.resolve('@zxcvbn-ts/core'),
        languages: ['@zxcvbn-ts/language-common', '@zxcvbn-ts/language-en', '@zxcvbn-ts/language-id'].map((p) => require.resolve(p)),
        l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
      },
    });
    worker.unref(); // an idle checker does not keep the process alive
    worker.on('message', ({ id, strength, error }: { id: number; strength?: Strength; error?: string }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (error) waiting?.reject(new Error(error));
      else waiting?.resolve(strength as Strength);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => this.fail(new Error('Password strength worker stopped')));
    this.worker = worker;
    return worker;
  }

  private fail(error: Error): void {
    this.worker = undefined;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
