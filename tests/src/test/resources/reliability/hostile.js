// Hostile objects as receivers of every prototype method and accessor, and as arguments of every
// method, setter, static and constructor. Every call must end in a JavaScript Error, or succeed
// only where the receiver is a genuine wrapper.
(function (classes) {
  var calls = 0, failures = [];
  function fail(what) { if (failures.length < 50) failures.push(what); }
  var genuine = new Set(pool.filter(function (p) { return /wrapper$/.test(p[0]); }).map(function (p) { return p[1]; }));
  function argsFor(length, value) {
    var args = [];
    for (var i = 0; i < length; i++) args.push(value);
    return args;
  }
  function instanceOf(C) {
    return C === Types ? new Types() : C === Counter ? new Counter(1) : C === Square ? new Square(1) : new Circle(1);
  }
  function attempt(what, body, mayReturn) {
    calls++;
    try {
      body();
      if (!mayReturn) fail(what + ' returned');
    } catch (e) {
      if (!(e instanceof Error)) fail(what + ' threw a non-Error: ' + typeof e);
    }
  }
  classes.forEach(function (C) {
    var proto = C.prototype;
    Object.getOwnPropertyNames(proto).forEach(function (key) {
      if (key === 'constructor') return;
      var d = Object.getOwnPropertyDescriptor(proto, key);
      pool.forEach(function (receiver) {
        var r = receiver[1], label = C.name + '.' + key + ' on ' + receiver[0];
        var real = genuine.has(r) && r instanceof C;
        if (typeof d.value === 'function') {
          attempt(label, function () { Reflect.apply(d.value, r, argsFor(d.value.length, 1)); }, real);
        }
        if (d.get) attempt('get ' + label, function () { Reflect.apply(d.get, r, []); }, real);
        if (d.set) attempt('set ' + label, function () { Reflect.apply(d.set, r, [1]); }, true);
      });
      // hostile arguments for a genuine receiver
      var self = instanceOf(C);
      pool.forEach(function (arg) {
        if (typeof d.value === 'function') {
          attempt(C.name + '.' + key + '(' + arg[0] + ')', function () {
            Reflect.apply(d.value, self, argsFor(d.value.length, arg[1]));
          }, true);
        }
        if (d.set) attempt('set ' + C.name + '.' + key + ' = ' + arg[0], function () { d.set.call(self, arg[1]); }, true);
      });
    });
    Object.getOwnPropertyNames(C).forEach(function (key) {
      var f = C[key];
      if (typeof f !== 'function' || key === 'prototype') return;
      pool.forEach(function (arg) {
        attempt(C.name + '.' + key + '(' + arg[0] + ')', function () { f.apply(C, argsFor(f.length, arg[1])); }, true);
      });
    });
    pool.forEach(function (arg) {
      attempt('new ' + C.name + '(' + arg[0] + ')', function () { Reflect.construct(C, argsFor(C.length, arg[1])); }, true);
      attempt(C.name + '(' + arg[0] + ') without new', function () { C(arg[1]); }, false);
    });
  });
  if (coerced !== 0) failures.push('jsbind coerced a value ' + coerced + ' times');
  return JSON.stringify({calls: calls, failures: failures});
})([Counter, Types, Shape, Circle, Square])
