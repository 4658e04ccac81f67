// The workloads, loaded unchanged into every system (ES5 syntax: Rhino and V8 5.4 read it alike).
// Each wN(n) runs its loop n times and returns an int checksum the harness checks against Java.
// Globals each system provides: calc, greeter, Point, repo, thrower, host, ints, scorer.
var names = ['ada', 'bob', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal'];

function w1(n) {
  var s = 0;
  for (var i = 0; i < n; i++) s = (s + calc.add(i, 1)) | 0;
  return s;
}

function w2(n) {
  var s = 0;
  for (var i = 0; i < n; i++) s = (s + greeter.greet(names[i & 7]).length) | 0;
  return s;
}

function w3(n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    var p = new Point(i, 1);
    s = (s + p.getX()) | 0;
  }
  return s;
}

function w4(n) {
  var s = 0;
  for (var i = 0; i < n; i++) s = (s + repo.item(i & 1023).id) | 0;
  return s;
}

function w5(n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    try {
      thrower.fail(i);
    } catch (e) {
      s++;
    }
  }
  return s;
}

function w6(n) {
  var s = 0;
  var f = function (x) { return x + 1; };
  for (var i = 0; i < n; i++) s = (s + host.apply(f, i)) | 0;
  return s;
}

var thousand = (function () {
  var a = [];
  for (var i = 0; i < 1000; i++) a.push(i);
  return a;
})();

function w7(n) {
  var s = 0;
  for (var i = 0; i < n; i++) {
    var r = ints.doubled(thousand);
    s = (s + r[999] + r.length) | 0;
  }
  return s;
}

// About 1 MB of JSON: 5,000 records.
var documentText = (function () {
  var items = [];
  for (var i = 0; i < 5000; i++) {
    items.push({
      id: i,
      name: 'item-' + i,
      qty: i % 97,
      tags: ['a' + (i % 7), 'b' + (i % 11), 'c' + (i % 13)],
      note: 'lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt #' + i,
      price: (i * 7919 % 10007) / 100
    });
  }
  return JSON.stringify({version: 1, items: items});
})();

// W8: parse the document, call Java once per record, transform, serialise again.
function w8(n) {
  var s = 0;
  for (var k = 0; k < n; k++) {
    var d = JSON.parse(documentText);
    var items = d.items, kept = [];
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      var score = scorer.score(it.name, it.qty);
      if ((score & 3) !== 0) {
        kept.push({id: it.id, label: it.name.toUpperCase(), score: score, tags: it.tags.join('|'), total: it.qty * it.price});
      }
      s = (s + score) | 0;
    }
    s = (s + JSON.stringify({version: d.version + 1, items: kept}).length) | 0;
  }
  return s;
}
