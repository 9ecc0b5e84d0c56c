// The SPARQL editor (YASGUI, vendored in static/yasgui/) on this site's own endpoint only.
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("yasgui");
  if (!element) return;
  // Absolute: YASGUI calls `new URL(endpoint)` (error renderer, GET requests), which throws on "/sparql".
  var endpoint = new URL(element.dataset.endpoint, window.location.href).href;
  // The "property" and "class" completers send what is typed to lov.linkeddata.es: drop them.
  // (yasqe.autocompleters in the config cannot remove them: arrays are merged index by index.)
  Yasgui.Yasqe.defaults.autocompleters = Yasgui.Yasqe.defaults.autocompleters.filter(function (name) {
    return name !== "property" && name !== "class";
  });
  var initial = element.dataset.query;
  window.yasgui = new Yasgui(element, {
    requestConfig: { endpoint: endpoint },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    // A shared link (?query=…) opens its query, always against this endpoint.
    populateFromUrl: function (tab) { tab.requestConfig.endpoint = endpoint; return tab; },
  });
  var tab = window.yasgui.getTab();
  if (initial && !new URLSearchParams(window.location.search).has("query")) {
    tab.setQuery(initial);
  }
});
