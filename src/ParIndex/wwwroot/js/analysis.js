// Analysis page, progressive enhancement: every figure is also in a table. Elements with data-chart='{"kind": …}'
// become ECharts charts (bands, components, intervals) once the library has loaded.
(function () {
  'use strict';
  var text = { fontFamily: 'Noto Sans, Segoe UI, Roboto, Arial, sans-serif' };
  var palette = ['#1a5fb4', '#9dc3e6', '#a4161a', '#3f8f3f'];
  var vi = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  function num(v) { return typeof v === 'number' ? vi.format(v) : v; }

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
          xAxis: { type: 'value', min: 0.5, max: d.count + 0.5, interval: 1, axisLabel: { formatter: function (v) { return v % 1 === 0 ? v : ''; } } },
          yAxis: { type: 'category', inverse: true, data: d.names, axisLabel: { width: 180, overflow: 'truncate' } },
          series: [
            { type: 'bar', stack: 'r', name: '', data: d.low.map(function (l) { return l - 0.5; }), itemStyle: { color: 'transparent' }, tooltip: { show: false } },
            { type: 'bar', stack: 'r', name: d.rangeLabel, data: d.high.map(function (h, i) { return h - d.low[i] + 1; }), itemStyle: { color: '#9dc3e6' } },
            { type: 'scatter', name: d.officialLabel, data: d.official, symbolSize: 9, itemStyle: { color: '#a4161a' } }
          ] };
    }
    return null;
  }

  function draw() {
    var elements = document.querySelectorAll('[data-chart]');
    if (!elements.length || !window.echarts) return;
    document.documentElement.classList.add('charts');
    Array.prototype.forEach.call(elements, function (el) {
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option(JSON.parse(el.getAttribute('data-chart'))));
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
})();
