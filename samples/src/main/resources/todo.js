// The sample script: it works on a list made in Java and on one it makes itself.
Console.log('groceries has ' + groceries.size + ' tasks, ' + groceries.openCount + ' open');

var chores = new TodoList('chores');
chores.addWithPriority('laundry', 'HIGH').tag('home');
chores.add('dishes').tag('home').tag('kitchen');
chores.add('taxes').priority = 'LOW';
TodoList.defaultPriority = 'HIGH';
Console.log('titles have up to ' + TodoList.MAX_TITLE_LENGTH + ' characters; urgent: '
    + chores.add('call the plumber').priority);
TodoList.defaultPriority = 'NORMAL';
Console.log('chores: ' + chores.size + ' tasks; dishes tags: ' + chores.find('dishes').tags());

// A subclass: a RecurringTask is a Task, with the Task methods and its own property.
var plants = chores.addRecurring('water the plants', 3).tag('home');
Console.log('recurring: ' + (plants instanceof Task) + ', every ' + plants.everyDays + ' days: ' + String(plants));

// Collections cross as copies: a Java List<Task> is an array of the very same wrappers.
var home = chores.tagged('home');
Console.log('tagged home: ' + home.length + ' tasks, ' + home.map(function (t) { return t.title; }).join(', ')
    + '; same wrapper: ' + (home[0] === chores.find('laundry')));

// Callbacks: a script function where Java takes a Consumer or a Predicate.
chores.onAdd(function (task) { Console.log('listener: added ' + task.title); });
Console.log('removed ' + chores.removeIf(function (t) { return t.priority === 'LOW'; }) + ' low-priority task');

// The same Java object is always the same JavaScript object.
Console.log('find returns the same wrapper: ' + (chores.find('dishes') === chores.get(1)));

groceries.find('bread').done = true;
Console.log('completed ' + groceries.completeTagged('dairy') + ' dairy tasks; ' + groceries.openCount + ' open');

// Bad input is a real JavaScript error, never a silent coercion.
[
  function () { chores.add(42); },
  function () { chores.get(1.5); },
  function () { chores.find('dishes').priority = 'URGENT'; },
  function () { chores.find('dishes').tag(''); },
  function () { TodoList.defaultPriority = 'SOMEDAY'; },
  function () { TodoList('no new'); },
  function () { TodoList.prototype.add.call({}, 'forged'); },
  function () { new Task(); }
].forEach(function (bad) {
  try {
    bad();
  } catch (e) {
    Console.log(e.name + ': ' + e.message);
  }
});

Console.log('added ' + chores.addAll('vacuum', 'dust') + '; dishes still open: ' + (chores.find('dishes', false) !== null));
Console.log('overloads: ' + TodoList.of('errands').size + ' and ' + TodoList.of('errands', 'post office').size);
chores.find('laundry').done = true;
Console.log('chores open: ' + chores.openCount);

// Promises: the CompletableFuture Java completes on another thread settles this Promise.
var exported = chores.exportAsync().then(function (markdown) {
  Console.log('exported ' + markdown.split('\n').length + ' lines, starting "' + markdown.split('\n')[0] + '"');
  return markdown.length;
});
