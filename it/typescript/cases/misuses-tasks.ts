// Misuses the processor's golden tasks declarations: each marked line must get exactly that error.
declare const tasks: Tasks;

tasks.onDone('not a function'); // error TS2345
tasks.retry((n) => n * 2); // error TS2554
tasks.await(3); // error TS2345
const first: string = [...tasks.names()!][0]; // error TS2322
tasks.flush()!.then((v) => v.length); // error TS2339

export {};
