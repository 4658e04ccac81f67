// Argument matrix: every echo method of Types × every pool value × arity 0..3. An independent
// oracle says what each call must do; any disagreement is reported.
(function () {
  var INT = 'an int (an integer from -2147483648 to 2147483647)';
  function integral(lo, hi, desc) {
    return {desc: desc, check: function (v) {
      if (typeof v !== 'number' || v !== v || (isFinite(v) && Math.floor(v) !== v)) return 'TypeError';
      if (!isFinite(v) || v < lo || v > hi) return 'RangeError';
      return {value: v === 0 ? 0 : v};
    }};
  }
  function same(test, desc) {
    return {desc: desc, check: function (v) { return test(v) ? {value: v} : 'TypeError'; }};
  }
  function nullable(type) {
    return {desc: type.desc + ' or null', check: function (v) { return v === null ? {value: null} : type.check(v); }};
  }
  var types = {
    Boolean: same(function (v) { return typeof v === 'boolean'; }, 'a boolean'),
    Byte: integral(-128, 127, 'a byte (an integer from -128 to 127)'),
    Short: integral(-32768, 32767, 'a short (an integer from -32768 to 32767)'),
    Int: integral(-2147483648, 2147483647, INT),
    Long: integral(-9007199254740991, 9007199254740991, 'a long (a safe integer, |n| <= 2^53-1)'),
    Float: {desc: 'a float (a number within float range)', check: function (v) {
      if (typeof v !== 'number') return 'TypeError';
      var f = Math.fround(v);
      return isFinite(v) && !isFinite(f) ? 'RangeError' : {value: f};
    }},
    Double: same(function (v) { return typeof v === 'number'; }, 'a number'),
    Char: same(function (v) { return typeof v === 'string' && v.length === 1; }, 'a char (a string of one UTF-16 unit)'),
  };
  var methods = [];
  Object.keys(types).forEach(function (name) {
    methods.push(['echo' + name, types[name]]);
    methods.push(['echoBoxed' + name, nullable(types[name])]);
  });
  methods.push(['echoString', {desc: 'a string or null', check: function (v) {
    return v === null || typeof v === 'string' ? {value: v} : 'TypeError'; }}]);
  methods.push(['echoColor', {desc: "one of 'RED', 'GREEN', 'BLUE' or null", check: function (v) {
    return v === null || v === 'RED' || v === 'GREEN' || v === 'BLUE' ? {value: v} : 'TypeError'; }}]);
  var genuine = pool.filter(function (p) { return p[0] === 'Types wrapper'; })[0][1];
  methods.push(['echoTypes', {desc: 'a Types', check: function (v) { return v === genuine ? {value: v} : 'TypeError'; }}]);

  var t = new Types();
  var cases = 0, failures = [];
  function fail(what) { if (failures.length < 50) failures.push(what); }
  methods.forEach(function (m) {
    var name = m[0], type = m[1], method = t[name];
    var where = 'Types.' + name;
    pool.forEach(function (p) {
      var label = p[0], v = p[1];
      // arity 1: the oracle decides
      cases++;
      var expected = type.check(v), result, error;
      try { result = method.call(t, v); } catch (e) { error = e; }
      if (typeof expected === 'string') {
        if (!error) return fail(where + '(' + label + '): expected ' + expected + ', returned ' + String(result));
        if (!(error instanceof Error) || error.name !== expected) return fail(where + '(' + label + '): expected ' + expected + ', threw ' + error);
        var prefix = where + ': argument 1 (v) must be ' + type.desc + ', got ';
        if (error.message.indexOf(prefix) !== 0) return fail(where + '(' + label + '): message ' + error.message);
      } else {
        if (error) return fail(where + '(' + label + '): expected ' + String(expected.value) + ', threw ' + error);
        if (!Object.is(result, expected.value)) return fail(where + '(' + label + '): expected ' + String(expected.value) + ', got ' + String(result));
      }
      // arities 0, 2 and 3: always a TypeError naming the method and the counts
      [[], [v, v], [v, v, v]].forEach(function (args) {
        cases++;
        try {
          method.apply(t, args);
          fail(where + ' with ' + args.length + ' arguments returned');
        } catch (e) {
          if (!(e instanceof TypeError) || e.message !== where + ': expected 1 argument, got ' + args.length) {
            fail(where + ' with ' + args.length + ' arguments: ' + e);
          }
        }
      });
    });
  });
  if (coerced !== 0) failures.push('jsbind coerced a value ' + coerced + ' times');
  return JSON.stringify({cases: cases, methods: methods.length, values: pool.length, failures: failures});
})()
