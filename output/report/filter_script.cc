#include "output/report/filter_script.h"

namespace plantrace {

// Controls: #q (search words), selects #theme #owner #status #plan; rows:
// #items tbody tr with data-theme (ids separated by spaces), data-owner
// (titles separated by '|'), data-status, data-plan; #count gets "N of M".
const char* ReportFilterScript() {
  return R"js(
(function () {
  var keys = ['q', 'theme', 'owner', 'status', 'plan'];
  var rows = Array.prototype.slice.call(document.querySelectorAll('#items tbody tr'));
  var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
  function control(k) { return document.getElementById(k); }
  function apply(remember) {
    var f = {};
    keys.forEach(function (k) { f[k] = control(k).value; });
    var words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (r, i) {
      var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; }) &&
        (!f.theme || (' ' + r.dataset.theme + ' ').indexOf(' ' + f.theme + ' ') >= 0) &&
        (!f.owner || r.dataset.owner.split('|').indexOf(f.owner) >= 0) &&
        (!f.status || r.dataset.status === f.status) &&
        (!f.plan || r.dataset.plan === f.plan);
      r.hidden = !ok;
      if (ok) shown++;
    });
    control('count').textContent = shown + ' of ' + rows.length + ' items';
    if (!remember) return;
    var hash = keys.filter(function (k) { return f[k]; })
      .map(function (k) { return k + '=' + encodeURIComponent(f[k]); }).join('&');
    try { history.replaceState(null, '', hash ? '#' + hash : location.pathname); } catch (e) {}
  }
  location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
    var kv = pair.split('=');
    if (keys.indexOf(kv[0]) >= 0 && kv.length === 2) control(kv[0]).value = decodeURIComponent(kv[1]);
  });
  keys.forEach(function (k) {
    control(k).addEventListener('input', function () { apply(true); });
  });
  apply(false);
})();
)js";
}

}  // namespace plantrace
