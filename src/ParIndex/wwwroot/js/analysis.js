// Analysis page: the options of its charts (bands, components, intervals), drawn by charts.js.
(function () {
  'use strict';
  var text = window.ParIndexCharts.text;
  var palette = ['#1a5fb4', '#9dc3e6', '#a4161a', '#3f8f3f'];
  var num = window.ParIndexCharts.numbers(2);

  function option(d) {
    switch (d.kind) {
      case 'bands':
        return { textStyle: text, color: palette, grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true }, tooltip: { trigger: 'axis' },
          xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', inverse: true, data: d.names },
          series: [{ type: 'bar', data: d.values, label: { show: true, position: 'right' } }] };
      case 'components':
        return { textStyle: text, color: palette, legend: { bottom: 0 }, tooltip: { trigger: 'axis', valueFormatter: num },
          grid: { left: 8, right: 32, top: 8, bottom: 32, containLabel: true }, xAxis: { type: 'value', max: 100 },
          yAxis: { type: 'category', inverse: true, data: d.names, axisLabel: { width: 180, overflow: 'truncate' } },
          series: d.series.map(function (s) { return { type: 'bar', name: s.name, data: s.values, label: { show: true, position: 'right', formatter: function (p) { return num(p.value); } } }; }) };
      case 'intervals':
        return { textStyle: text, color: palette, legend: { bottom: 0 }, tooltip: { trigger: 'axis' },
          grid: { left: 8, right: 16, top: 8, bottom: 32, containLabel: true },
          xAxis: { type: 'value', min: 0, max: d.count + 1, interval: 1, axisLabel: { hideOverlap: true, formatter: function (v) { return v >= 1 && v <= d.count ? v : ''; } } },
          yAxis: { type: 'category', inverse: true, data: d.names, axisLabel: { width: 180, overflow: 'truncate' } },
          series: [
            { type: 'bar', stack: 'r', name: '', data: d.low.map(function (l) { return l - 0.5; }), itemStyle: { color: 'transparent' }, tooltip: { show: false } },
            { type: 'bar', stack: 'r', name: d.rangeLabel, data: d.high.map(function (h, i) { return h - d.low[i] + 1; }), itemStyle: { color: '#9dc3e6' } },
            { type: 'scatter', name: d.officialLabel, data: d.official, symbolSize: 9, itemStyle: { color: '#a4161a' } }
          ] };
    }
    return null;
  }

  window.ParIndexCharts.draw(option);
})();
