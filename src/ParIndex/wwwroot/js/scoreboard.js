// Province scoreboard: each index's chart, a line of the score (left axis) and the rank (right axis, inverted: rank 1
// at the top), drawn by charts.js.
(function () {
  'use strict';
  var text = window.ParIndexCharts.text;
  var num = window.ParIndexCharts.numbers(4);

  function option(d) {
    return {
      textStyle: text, color: ['#1a5fb4', '#a4161a'], legend: { bottom: 0 },
      tooltip: { trigger: 'axis', valueFormatter: num },
      grid: { left: 8, right: 8, top: 36, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: d.years.map(String) },
      yAxis: [
        { type: 'value', name: d.scoreLabel, scale: true, axisLabel: { formatter: num } },
        { type: 'value', name: d.rankLabel, nameLocation: 'start', inverse: true, minInterval: 1, min: 1, splitLine: { show: false } }
      ],
      series: [
        { type: 'line', name: d.scoreLabel, data: d.scores, yAxisIndex: 0, symbolSize: 8, label: { show: true, formatter: function (p) { return num(p.value); } } },
        { type: 'line', name: d.rankLabel, data: d.ranks, yAxisIndex: 1, symbolSize: 8, lineStyle: { type: 'dashed' }, connectNulls: true, label: { show: true, position: 'bottom' } }
      ]
    };
  }

  window.ParIndexCharts.draw(option);
})();
