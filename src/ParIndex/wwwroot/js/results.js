// Results pages, progressive enhancement: the tables work without this file.
// 1. Tables marked data-sortable get a name filter and sort buttons in their headers (cells sort by data-sort).
// 2. The options of the charts (bar, heatmap, radar, history), drawn by charts.js.
(function () {
  'use strict';

  function cellValue(row, index, numeric) {
    var cell = row.children[index];
    var raw = cell.getAttribute('data-sort');
    if (raw === null) raw = cell.textContent.trim();
    if (!numeric) return raw.toLocaleLowerCase('vi');
    return raw === '' ? null : parseFloat(raw);
  }

  function sortable(table) {
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.title = table.getAttribute('data-sort-label') || '';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var numeric = th.getAttribute('data-type') === 'number';
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          if (x === y) return 0;
          if (x === null) return 1;            // empty cells (no change, not applicable) always last
          if (y === null) return -1;
          var order = numeric ? x - y : x.localeCompare(y, 'vi');
          return ascending ? order : -order;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });

    var label = table.getAttribute('data-filter-label');
    if (!label) return;
    var wrap = document.createElement('div');
    wrap.className = 'filter';
    var id = 'loc-' + Math.random().toString(36).slice(2);
    var text = document.createElement('label');
    text.htmlFor = id;
    text.textContent = label;
    var input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    wrap.appendChild(text);
    wrap.appendChild(input);
    var anchor = table.parentNode.classList.contains('scroll') ? table.parentNode : table;
    anchor.parentNode.insertBefore(wrap, anchor);
    input.addEventListener('input', function () {
      var q = input.value.trim().toLocaleLowerCase('vi');
      Array.prototype.forEach.call(body.rows, function (row) {
        row.hidden = q !== '' && row.textContent.toLocaleLowerCase('vi').indexOf(q) < 0;
      });
    });
  }

  var palette = ['#a4161a', '#1a5fb4', '#3f8f3f', '#b07d00'];

  var num = window.ParIndexCharts.numbers(2);
  function labelled(p) { return num(Array.isArray(p.value) ? p.value[2] : p.value); }

  function option(data) {
    var text = window.ParIndexCharts.text;
    switch (data.kind) {
      case 'bar':
        return {
          textStyle: text, color: palette, grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
          tooltip: { trigger: 'axis', valueFormatter: num },
          xAxis: { type: 'value', max: 100 },
          yAxis: { type: 'category', inverse: true, data: data.names, axisLabel: { width: 140, overflow: 'truncate' } },
          series: [{ type: 'bar', data: data.values, label: { show: true, position: 'right', formatter: labelled },
            markLine: { symbol: 'none', data: [{ xAxis: data.mean, name: data.meanLabel }],
              label: { position: 'start', formatter: function () { return data.meanLabel + ' ' + num(data.mean); } } } }]
        };
      case 'heatmap':
        return {
          textStyle: text, grid: { left: 8, right: 8, top: 8, bottom: 64, containLabel: true },
          tooltip: { formatter: function (p) {
            var esc = window.echarts.format.encodeHTML;
            return esc(data.units[p.value[1]]) + '<br>' + esc(data.areas[p.value[0]]) + ': ' + (p.value[2] < 0 ? '—' : num(p.value[2]));
          } },
          xAxis: { type: 'category', data: data.areas.map(function (a) { return a.split('.')[0]; }) },
          yAxis: { type: 'category', inverse: true, data: data.units, axisLabel: { width: 140, overflow: 'truncate' } },
          visualMap: { min: 0, max: 100, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
            inRange: { color: ['#f4b4a8', '#fbe3a0', '#c9e4b4', '#2e7d32', '#0b5d1e'] }, outOfRange: { color: '#eeeeee' } },
          series: [{ type: 'heatmap', data: data.cells, label: { show: true, formatter: function (p) { return p.value[2] < 0 ? '—' : labelled(p); } } }]
        };
      case 'radar':
        return {
          textStyle: text, color: palette, tooltip: { valueFormatter: num }, legend: { bottom: 0 },
          radar: { indicator: data.indicators, radius: '60%', axisName: { color: '#1b1f24' } },
          series: [{ type: 'radar', data: data.series.map(function (s) { return { name: s.name, value: s.values }; }) }]
        };
      case 'history':
        return {
          textStyle: text, color: palette, tooltip: { trigger: 'axis', valueFormatter: num }, grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
          xAxis: { type: 'category', data: data.years }, yAxis: { type: 'value', max: 100 },
          series: [{ type: 'line', data: data.values, label: { show: true, formatter: labelled } }]
        };
    }
    return null;
  }

  document.querySelectorAll('table[data-sortable]').forEach(sortable);
  window.ParIndexCharts.draw(option);
})();
