// Shared by every page with charts; load it after /lib/echarts.min.js and before the page's own script (all deferred).
// Progressive enhancement: every figure is also in a table. Where this runs, <html> gets the class "charts" (which shows
// the chart boxes) and each element with data-chart='{…}' becomes an ECharts chart, with the option the page's script
// makes from that JSON, resized with the window; a chart gets the class "drawn" once it has finished drawing. Readers
// who ask for reduced motion get no animation.
window.ParIndexCharts = (function () {
  'use strict';

  // Numbers as Vietnamese readers write them ("89,50"), with 2 up to `most` decimals; other values unchanged.
  function numbers(most) {
    var vi = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: most || 2 });
    return function (value) { return typeof value === 'number' ? vi.format(value) : value; };
  }

  function drawAll(option) {
    var elements = document.querySelectorAll('[data-chart]');
    if (!elements.length || !window.echarts) return;
    document.documentElement.classList.add('charts');
    var still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    Array.prototype.forEach.call(elements, function (element) {
      var chart = window.echarts.init(element, null, { renderer: 'canvas' });
      chart.on('finished', function () { element.classList.add('drawn'); });
      var options = option(JSON.parse(element.getAttribute('data-chart')));
      if (still) options.animation = false;
      chart.setOption(options);
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  return {
    text: { fontFamily: 'Noto Sans, Segoe UI, Roboto, Arial, sans-serif' },
    numbers: numbers,
    // Draws the page's charts once the document is parsed; option(data) turns one element's JSON into ECharts options.
    draw: function (option) {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { drawAll(option); });
      else drawAll(option);
    }
  };
})();
