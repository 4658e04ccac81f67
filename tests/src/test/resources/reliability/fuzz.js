// Generated fuzz: random calls drawn from the exposed model (the members the templates show),
// with a fixed seed. Checks: every failure is a JavaScript Error, and Counter's Java state matches
// a JavaScript model of it.
(function (seed, total) {
  var state = seed >>> 0 || 1;
  function next() { // xorshift32
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  }
  function pick(array) { return array[next() % array.length]; }
  var small = [0, 1, -1, 2, 7, 100, -5, 'RED', 'a', true, null, 0.5];
  function value() { return next() % 8 === 0 ? pick(pool)[1] : pick(small); }

  var counters = [], expected = [];
  for (var i = 0; i < 8; i++) { counters.push(new Counter(i)); expected.push(i); }
  var targets = counters.concat([new Types(), new Types(), new Circle(2), new Square(3)]);
  var classes = [Counter, Types, Circle, Square, Shape];
  var members = [];
  classes.forEach(function (C) {
    Object.getOwnPropertyNames(C.prototype).forEach(function (key) {
      if (key !== 'constructor') members.push({C: C, key: key, d: Object.getOwnPropertyDescriptor(C.prototype, key)});
    });
    Object.getOwnPropertyNames(C).forEach(function (key) {
      if (typeof C[key] === 'function' && key !== 'prototype') members.push({C: C, key: key, statik: true});
    });
    members.push({C: C, ctor: true});
  });

  var failures = [], ok = 0, errors = 0;
  for (var n = 0; n < total; n++) {
    var m = pick(members);
    // Mostly a receiver of the member's own class (so that calls get through), sometimes anything.
    var own = targets.filter(function (t) { return t instanceof m.C; });
    var target = next() % 16 === 0 ? pick(pool)[1] : next() % 8 === 0 || own.length === 0 ? pick(targets) : pick(own);
    var fn = m.ctor ? m.C : m.statik ? m.C[m.key] : m.d.value || (next() % 2 ? m.d.get : m.d.set);
    if (!fn) continue;
    var arity = Math.max(0, fn.length + (next() % 8 === 0 ? (next() % 3) - 1 : 0));
    var args = [];
    for (var a = 0; a < arity; a++) args.push(value());
    var result;
    try {
      result = m.ctor ? Reflect.construct(fn, args) : Reflect.apply(fn, m.statik ? m.C : target, args);
      ok++;
    } catch (e) {
      errors++;
      if (!(e instanceof Error) && failures.length < 20) failures.push(m.C.name + '.' + m.key + ' threw ' + typeof e);
      continue;
    }
    var index = counters.indexOf(target);
    if (index >= 0 && !m.statik && !m.ctor) {
      // Java int arithmetic wraps; so does the model.
      if (m.key === 'add' && m.C === Counter) expected[index] = (expected[index] + args[0]) | 0;
      if (m.key === 'addAll') expected[index] = (expected[index] + ((args[0] + args[1]) | 0)) | 0;
    }
  }
  counters.forEach(function (c, i) {
    if (c.value !== expected[i]) failures.push('counter ' + i + ': Java says ' + c.value + ', the model ' + expected[i]);
  });
  globalThis_counters = counters;
  return JSON.stringify({calls: total, succeeded: ok, threw: errors, failures: failures, expected: expected});
})
