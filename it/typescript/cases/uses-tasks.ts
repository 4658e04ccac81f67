// Uses the processor's golden tasks declarations (functions, promises, iterables) as a script would.
declare const tasks: Tasks;

tasks.onDone((name) => {
  const copy: string | null = name;
});
const tries: number = tasks.retry((n) => n * 2, null);
tasks.retry((n) => n + 1, () => {});
tasks.pipe((input, attempt) => input + String(attempt), (s) => (s === null ? 0 : s.length));
const add = tasks.adder();
if (add !== null) {
  const sum: number | null = add(1, 2);
}
tasks.load('key')!.then((value) => (value === null ? '' : value.toUpperCase()));
tasks.await(Promise.resolve(3));
for (const name of tasks.names()!) {
  const copy: string | null = name;
}
const subtasks: (Tasks | null)[] = [...tasks.subtasks()!];
tasks.filter = (s) => s !== null;

export {};
