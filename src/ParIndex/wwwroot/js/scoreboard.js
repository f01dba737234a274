// Province scoreboard, progressive enhancement: every figure is also in a table. Each data-chart element becomes a
// line chart of the score (left axis) and the rank (right axis, inverted: rank 1 at the top) once ECharts has loaded.
(function () {
  'use strict';
  var text = { fontFamily: 'Noto Sans, Segoe UI, Roboto, Arial, sans-serif' };
  var vi = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
  function num(v) { return typeof v === 'number' ? vi.format(v) : v; }

  function option(d) {
    return {
      textStyle: text, color: ['#1a5fb4', '#a4161a'], legend: { bottom: 0 },
      tooltip: { trigger: 'axis', valueFormatter: num },
      grid: { left: 8, right: 8, top: 24, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: d.years.map(String), boundaryGap: false },
      yAxis: [
        { type: 'value', name: d.scoreLabel, scale: true, axisLabel: { formatter: num } },
        { type: 'value', name: d.rankLabel, inverse: true, minInterval: 1, min: 1, splitLine: { show: false } }
      ],
      series: [
        { type: 'line', name: d.scoreLabel, data: d.scores, yAxisIndex: 0, symbolSize: 8, label: { show: true, formatter: function (p) { return num(p.value); } } },
        { type: 'line', name: d.rankLabel, data: d.ranks, yAxisIndex: 1, symbolSize: 8, lineStyle: { type: 'dashed' }, connectNulls: true, label: { show: true, position: 'bottom' } }
      ]
    };
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
