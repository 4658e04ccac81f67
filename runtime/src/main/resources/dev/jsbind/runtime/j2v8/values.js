// jsbind values: the JavaScript half of copying arrays, collections, Optionals and @JsValue objects
// across the boundary (Java half: Tape, ValueReader, ValueWriter). Evaluated by the bootstrap,
// before any user script runs, so every intrinsic captured here is pristine.
//
// Arguments are checked and copied here, element by element, into the "tape": a Float64Array over
// memory Java reads directly (numbers, lengths, enum ordinals, wrapper ids, null/presence markers),
// plus one string holding every string's characters back to back (their lengths are on the tape).
// Java decodes both with no JNI call per element and never sees a script's object. Results come
// back the same way and are rebuilt here as fresh arrays, Sets and plain objects.
//
// The tape is a stack: a call encodes its arguments from the current position `pos` and resets it
// when the call is over, so a call made while arguments are being read (by a getter or a Proxy
// trap) encodes above the outer call's data and leaves it intact. T[0] tells Java where the
// current call's data ends, which is where Java writes its result.
//
// Type descriptors are null-prototype objects written by ValueShim.java:
// {k: kind code, n: accepts null, d: description, r: range kind, e: element descriptor,
//  m: enum name -> ordinal, p: component names, c: component descriptors}.
(function (natives, frame, slots, brands, token, h) {
  'use strict';
  var apply = Reflect.apply, isArray = Array.isArray, objectKeys = Object.keys;
  var setPrototypeOf = Object.setPrototypeOf, defineProperty = Object.defineProperty;
  var ArrayPrototype = Array.prototype, SetCtor = Set, RangeErrorCtor = RangeError;
  var setAdd = Set.prototype.add, setValues = Set.prototype.values;
  var setIteratorNext = Object.getPrototypeOf(new Set().values()).next;
  var setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
  var mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
  var strSlice = String.prototype.slice, charCodeAt = String.prototype.charCodeAt;
  var fromCharCode = String.fromCharCode, stringify = JSON.stringify;
  var floor = Math.floor, fround = Math.fround;
  var growTape = natives.growTape, wrap = natives.wrap;
  var fail = h.fail, badArg = h.badArg, adopt = h.adopt;

  // Kind codes (ValueShim.java): 1 boolean, 2 byte, 3 short, 4 int, 5 long, 6 float, 7 double,
  // 8 char, 9 string, 10 enum, 11 exposed object, 12 array, 13 list, 14 set, 15 map,
  // 16 optional, 17 value.
  var MAX = 8388608; // numbers on the tape at most: Tape.MAX_NUMBERS
  var TOO_LARGE = {}; // thrown inside this file only, and turned into a RangeError by enc
  var BAD_LENGTH = {__proto__: null, k: 0, n: false, d: 'an array with a valid length', r: '', e: null,
    m: null, p: null, c: null};

  var T = null, cap = 0, pos = 1, strs = '';
  var failType = null, failValue, failPath = '';

  // Java hands over a (bigger) tape through slot 0 and its size through slot 1; it has copied the
  // old one's contents. The size is never asked of the typed array: its `length` is inherited from
  // %TypedArray%.prototype, where a script's getter would receive the tape as `this`.
  function takeTape() {
    T = slots[0];
    cap = slots[1];
    slots[0] = slots[1] = null;
  }

  function grow(need) {
    if (need > MAX) throw TOO_LARGE;
    frame[1] = need;
    if (growTape() === token) throw fail();
  }

  function num(x) {
    if (pos >= cap) grow(pos + 1);
    T[pos++] = x;
  }

  function bad(t, v) {
    failType = t;
    failValue = v;
    failPath = '';
    return false;
  }

  function isFloat(v) {
    var f = fround(v);
    return f - f === 0 || v - v !== 0;
  }

  function isSet(v) {
    try {
      apply(setSize, v, []);
      return true;
    } catch (e) {
      return false;
    }
  }

  function isMap(v) {
    try {
      apply(mapSize, v, []);
      return true;
    } catch (e) {
      return false;
    }
  }

  // A plain object for maps and values: not an array, Set, Map or wrapped Java object.
  function isRecord(v) {
    return typeof v === 'object' && v !== null && !isArray(v) && brands.get(v) === undefined
        && !isSet(v) && !isMap(v);
  }

  // Appends v, checked against t; false (with the failure recorded) when it does not fit.
  function put(t, v) {
    var k = t.k;
    if (k <= 8) {
      if (t.n) {
        if (v === null) {
          num(0);
          return true;
        }
        num(1);
      }
      switch (k) {
        case 1:
          if (typeof v !== 'boolean') return bad(t, v);
          num(v ? 1 : 0);
          return true;
        case 2:
          if (typeof v !== 'number' || (v | 0) !== v || v < -128 || v > 127) return bad(t, v);
          break;
        case 3:
          if (typeof v !== 'number' || (v | 0) !== v || v < -32768 || v > 32767) return bad(t, v);
          break;
        case 4:
          if (typeof v !== 'number' || (v | 0) !== v) return bad(t, v);
          break;
        case 5:
          if (typeof v !== 'number' || floor(v) !== v || v > 9007199254740991 || v < -9007199254740991) return bad(t, v);
          break;
        case 6:
          if (typeof v !== 'number' || !isFloat(v)) return bad(t, v);
          break;
        case 7:
          if (typeof v !== 'number') return bad(t, v);
          break;
        default:
          if (typeof v !== 'string' || v.length !== 1) return bad(t, v);
          num(apply(charCodeAt, v, [0]));
          return true;
      }
      num(v);
      return true;
    }
    switch (k) {
      case 9:
        if (v === null) {
          num(-1);
          return true;
        }
        if (typeof v !== 'string') return bad(t, v);
        num(v.length);
        strs += v;
        return true;
      case 10:
        if (v === null) {
          num(-1);
          return true;
        }
        var ordinal = typeof v === 'string' ? t.m[v] : undefined;
        if (ordinal === undefined) return bad(t, v);
        num(ordinal);
        return true;
      case 11:
        if (v === null && t.n) {
          num(0);
          return true;
        }
        var id = brands.get(v);
        if (id === undefined) return bad(t, v);
        num(id);
        return true;
      case 12:
      case 13:
        if (v === null && t.n) {
          num(-1);
          return true;
        }
        return isArray(v) ? putArray(t.e, v) : bad(t, v);
      case 14:
        if (v === null && t.n) {
          num(-1);
          return true;
        }
        return isSet(v) ? putSet(t.e, v) : bad(t, v);
      case 15:
        if (v === null && t.n) {
          num(-1);
          return true;
        }
        return isRecord(v) ? putMap(t, v) : bad(t, v);
      case 16:
        if (v === undefined) {
          num(0);
          return true;
        }
        if (v === null) return bad(t, v); // an Optional never holds null
        num(1);
        if (put(t.e, v)) return true;
        if (failType === t.e && failValue === v && failPath === '') failType = t; // "… or undefined"
        return false;
      default:
        if (t.n) {
          if (v === null) {
            num(0);
            return true;
          }
          num(1);
        }
        return isRecord(v) ? putValue(t, v) : bad(t, v);
    }
  }

  function putArray(e, v) {
    var n = v.length; // a Proxy's trap may answer anything
    if (typeof n !== 'number' || !(n >= 0) || floor(n) !== n) return bad(BAD_LENGTH, v);
    if (n > MAX) throw TOO_LARGE;
    num(n);
    var i, x;
    if (!e.n && (e.k === 4 || e.k === 7)) {
      // ints and doubles, the common case: checked inline
      if (pos + n > cap) grow(pos + n);
      for (i = 0; i < n; i++) {
        x = v[i];
        if (typeof x !== 'number' || (e.k === 4 && (x | 0) !== x)) {
          bad(e, x);
          failPath = '[' + i + ']';
          return false;
        }
        if (pos >= cap) grow(pos + 1); // a getter's own call may have swapped the tape
        T[pos++] = x;
      }
      return true;
    }
    for (i = 0; i < n; i++) {
      if (!put(e, v[i])) {
        failPath = '[' + i + ']' + failPath;
        return false;
      }
    }
    return true;
  }

  // Elements in iteration order, through the pristine iterator; the count goes first, once known.
  function putSet(e, v) {
    if (pos >= cap) grow(pos + 1);
    var at = pos++, count = 0;
    var it = apply(setValues, v, []);
    for (;;) {
      var step = apply(setIteratorNext, it, []);
      if (step.done) break;
      if (!put(e, step.value)) {
        failPath = '[' + count + ']' + failPath;
        return false;
      }
      if (++count > MAX) throw TOO_LARGE;
    }
    T[at] = count;
    return true;
  }

  // Own enumerable string-keyed properties, in Object.keys order; "__proto__" is an ordinary key.
  // Keys of a map keyed by an enum (t.m) must be constant names, and cross as ordinals.
  function putMap(t, v) {
    var e = t.e, names = t.m, keys = objectKeys(v), n = keys.length;
    num(n);
    for (var i = 0; i < n; i++) {
      var key = keys[i];
      if (names === null) {
        num(key.length);
        strs += key;
      } else {
        var ordinal = names[key];
        if (ordinal === undefined) {
          bad(t.c[0], key);
          failPath = '[' + stringify(key) + ']';
          return false;
        }
        num(ordinal);
      }
      if (!put(e, v[key])) {
        failPath = '[' + stringify(key) + ']' + failPath;
        return false;
      }
    }
    return true;
  }

  // Components by name, read with ordinary property access (so getters and inherited properties
  // count); a missing one is undefined, which only an Optional component accepts.
  function putValue(t, v) {
    var names = t.p, types = t.c;
    for (var i = 0; i < names.length; i++) {
      if (!put(types[i], v[names[i]])) {
        failPath = '.' + names[i] + failPath;
        return false;
      }
    }
    return true;
  }

  // Where this call's data starts; pass it to enc and reset.
  function mark() {
    return pos;
  }

  // Drops everything encoded since mark() answered tb; the first entry there is the string mark.
  function reset(tb) {
    if (tb >= 1 && pos > tb) {
      var sb = T[tb];
      strs = sb === 0 ? '' : apply(strSlice, strs, [0, sb]);
      pos = tb;
    }
  }

  // Checks and encodes argument v as t; answers where it starts on the tape, or throws (naming
  // `subject` and the element's path) after dropping this call's data.
  function enc(t, v, subject, tb) {
    var start;
    try {
      if (pos >= cap) grow(pos + 1);
      start = pos;
      T[pos++] = strs.length; // where this argument's strings start
      if (put(t, v)) return start;
    } catch (e) {
      reset(tb);
      if (e === TOO_LARGE) {
        throw new RangeErrorCtor(subject + ' is too large to copy: more than ' + MAX + ' numbers');
      }
      throw e;
    }
    var type = failType, value = failValue, path = failPath;
    failType = null;
    failValue = undefined;
    reset(tb);
    throw badArg(subject + path, type.d, value, type.r);
  }

  // Tells Java where the result goes (the end of this call's data); answers the strings to pass.
  function seal() {
    T[0] = pos;
    return strs;
  }

  var rp = 0, rs = '', rsp = 0;

  // Rebuilds the result Java wrote at the current position; r holds its strings.
  function dec(t, r, tb) {
    rp = pos;
    rs = r;
    rsp = 0;
    try {
      return get(t);
    } finally {
      rs = '';
      reset(tb);
    }
  }

  function str() {
    var n = T[rp++];
    if (n < 0) return null;
    var s = apply(strSlice, rs, [rsp, rsp + n]);
    rsp += n;
    return s;
  }

  // A data property defined, not assigned: no setter on Object.prototype sees it, and "__proto__"
  // is an ordinary key.
  function define(o, key, value) {
    defineProperty(o, key, {__proto__: null, value: value, writable: true, enumerable: true, configurable: true});
  }

  function get(t) {
    var k = t.k, n, i, o;
    if (k <= 8) {
      if (t.n && T[rp++] === 0) return null;
      var x = T[rp++];
      return k === 1 ? x !== 0 : k === 8 ? fromCharCode(x) : x;
    }
    switch (k) {
      case 9:
      case 10:
        return str(); // Java sends enum constants by name
      case 11:
        n = T[rp++];
        if (n === 0) return null;
        frame[1] = n - 1;
        o = wrap();
        if (o === token) throw fail();
        return adopt(o);
      case 12:
      case 13:
        n = T[rp++];
        return n < 0 ? null : getArray(t.e, n);
      case 14:
        n = T[rp++];
        if (n < 0) return null;
        o = new SetCtor();
        for (i = 0; i < n; i++) apply(setAdd, o, [get(t.e)]);
        return o;
      case 15:
        n = T[rp++];
        if (n < 0) return null;
        o = {};
        for (i = 0; i < n; i++) {
          var key = str();
          define(o, key, get(t.e));
        }
        return o;
      case 16:
        return T[rp++] === 0 ? undefined : get(t.e);
      default:
        if (t.n && T[rp++] === 0) return null;
        o = {};
        for (i = 0; i < t.p.length; i++) {
          var c = t.c[i];
          if (c.k === 16 && T[rp] === 0) {
            rp++; // an empty Optional component is left out
            continue;
          }
          define(o, t.p[i], get(c));
        }
        return o;
    }
  }

  // Filled while it has no prototype, so an indexed setter on Array.prototype sees nothing.
  function getArray(e, n) {
    var a = [], i;
    setPrototypeOf(a, null);
    if (!e.n && e.k >= 2 && e.k <= 7) {
      for (i = 0; i < n; i++) a[i] = T[rp++];
    } else {
      for (i = 0; i < n; i++) a[i] = get(e);
    }
    setPrototypeOf(a, ArrayPrototype);
    return a;
  }

  // A script was stopped (terminated) halfway: nothing below the top-level script is live.
  function resetAll() {
    pos = 1;
    strs = '';
  }

  return Object.freeze({
    takeTape: takeTape,
    mark: mark,
    reset: reset,
    enc: enc,
    seal: seal,
    dec: dec,
    resetAll: resetAll,
    isArray: isArray,
    isSet: isSet,
    isRecord: isRecord
  });
})
