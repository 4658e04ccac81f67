// The pool of JavaScript values the reliability suites throw at every exposed member.
// `pool` is an array of [label, value]; hostile ones never get read by jsbind, which only checks
// types with typeof and brands with a private WeakMap.
var coerced = 0; // bumped by any valueOf/toString jsbind might wrongly call
var pool = (function () {
  var revocable = Proxy.revocable({}, {});
  revocable.revoke();
  var sparse = [];
  sparse[1000000] = 1;
  var throwing = {};
  Object.defineProperty(throwing, 'length', {get: function () { throw new Error('getter') }});
  var valueOf = {valueOf: function () { coerced++; return 1 }, toString: function () { coerced++; return 'RED' }};
  var values = [
    ['0', 0], ['-0', -0], ['1', 1], ['-1', -1], ['0.5', 0.5], ['3.7', 3.7], ['-3.7', -3.7],
    ['127', 127], ['128', 128], ['-128', -128], ['-129', -129], ['32767', 32767], ['32768', 32768],
    ['-32769', -32769], ['2^31-1', 2147483647], ['2^31', 2147483648], ['-2^31', -2147483648],
    ['-2^31-1', -2147483649], ['2^32', 4294967296], ['2^53-1', 9007199254740991], ['2^53', 9007199254740992],
    ['-(2^53-1)', -9007199254740991], ['-2^53', -9007199254740992], ['1e308', 1e308], ['-1e308', -1e308],
    ['5e-324', 5e-324], ['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity],
    ['float max', 3.4028234663852886e38], ['3.5e38', 3.5e38], ['0.1', 0.1],
    ["''", ''], ["'a'", 'a'], ["'ab'", 'ab'], ["'5'", '5'], ["'0x10'", '0x10'], ["' 1 '", ' 1 '],
    ["'true'", 'true'], ["lone surrogate", '\uD800'], ["emoji", '\uD83D\uDE00'], ["NUL", '\u0000'],
    ["'RED'", 'RED'], ["'red'", 'red'], ["'toString'", 'toString'], ["'__proto__'", '__proto__'],
    ['long string', 'x'.repeat(100000)],
    ['null', null], ['undefined', undefined], ['true', true], ['false', false],
    ['{}', {}], ['[]', []], ['[1]', [1]], ['sparse array', sparse], ['huge array', new Array(1000000)],
    ['function', function () { coerced++; }], ['arrow', () => 1], ['symbol', Symbol('s')],
    ['Symbol.iterator', Symbol.iterator], ['proxy', new Proxy({}, {get: function () { throw new Error('trap') }})],
    ['revoked proxy', revocable.proxy], ['throwing getter', throwing], ['valueOf/toString', valueOf],
    ['Int32Array', new Int32Array(4)], ['ArrayBuffer', new ArrayBuffer(8)], ['new Number(5)', new Number(5)],
    ['new String(a)', new String('a')], ['new Boolean(true)', new Boolean(true)],
    ['Object.create(null)', Object.create(null)], ['Date', new Date(0)], ['RegExp', /x/],
    ['Error', new Error('e')], ['Promise', Promise.resolve(1)], ['Map', new Map()],
    ['forged Types', Object.create(Types.prototype)], ['copied Types', Object.assign({}, new Types())],
    ['proxy of Types', new Proxy(new Types(), {})], ['Counter wrapper', new Counter(1)],
    ['Circle wrapper', new Circle(1)], ['Types wrapper', new Types()],
  ];
  return values;
})();
