// Draw every chart of the page with the bundled vega-embed (SVG renderer, no network).
// body[data-rendered] becomes "ok" once all charts drew, or "error" if one failed.
(function () {
  "use strict";
  var specs = JSON.parse(document.getElementById("veille-specs").textContent);
  var jobs = Object.keys(specs).map(function (name) {
    return vegaEmbed("#chart-" + name, specs[name], { renderer: "svg", actions: false });
  });
  Promise.all(jobs).then(
    function () { document.body.setAttribute("data-rendered", "ok"); },
    function (error) {
      document.body.setAttribute("data-rendered", "error");
      console.error("veille dashboard: a chart failed to render", error);
    }
  );
})();
