// Sorting and filtering of the checks table. The report comes from the JSON block (never from
// markup); rows are reordered and hidden, never rebuilt, so no value is ever parsed as HTML.
(function () {
  'use strict';
  var report = JSON.parse(document.getElementById('sluice-report').textContent);
  var checks = report.checks;
  var table = document.getElementById('checks-table');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var filter = document.getElementById('filter');
  var toggles = Array.prototype.slice.call(document.querySelectorAll('input[data-status]'));
  var worse = {passed: 0, skipped: 1, warning: 2, failed: 3, error: 4};
  var numeric = {observed: true, failedRows: true, share: true};
  var sorted = {key: 'status', descending: true}; // the page comes worst first

  function value(check, key) {
    switch (key) {
      case 'status': return worse[check.status];
      case 'column': return check.property === null ? '' : check.property;
      case 'observed': return check.observed === null ? -1 : Number(check.observed);
      case 'failedRows': return check.failedRows === null ? -1 : check.failedRows;
      case 'share':
        return check.failedRows === null || report.rowCount === 0 ? -1
            : check.failedRows / report.rowCount;
      default: return String(check[key] === undefined ? '' : check[key]).toLowerCase();
    }
  }

  function compare(key, descending) {
    return function (a, b) {
      var x = value(checks[a.dataset.index], key);
      var y = value(checks[b.dataset.index], key);
      var c = x < y ? -1 : x > y ? 1 : 0;
      return (descending ? -c : c) || a.dataset.index - b.dataset.index;
    };
  }

  function sortBy(th) {
    var key = th.dataset.key;
    // Numbers start with the largest, status with the worst, text from A.
    var descending = sorted.key === key ? !sorted.descending
        : numeric[key] === true || key === 'status';
    rows.sort(compare(key, descending));
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.removeAttribute('aria-sort');
    });
    th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    sorted = {key: key, descending: descending};
  }

  function applyFilter() {
    var words = filter.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
    var shown = {};
    toggles.forEach(function (t) { shown[t.dataset.status] = t.checked; });
    var visible = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var match = shown[row.dataset.status] && words.every(function (w) {
        return text.indexOf(w) >= 0;
      });
      row.hidden = !match;
      visible += match ? 1 : 0;
    });
    document.getElementById('shown').textContent =
        'showing ' + visible + ' of ' + rows.length + ' checks';
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.addEventListener('click', function () { sortBy(th); });
    th.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(th); }
    });
  });
  filter.addEventListener('input', applyFilter);
  toggles.forEach(function (t) { t.addEventListener('change', applyFilter); });
  applyFilter();
  document.documentElement.setAttribute('data-ready', 'true');
})();
