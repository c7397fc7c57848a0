/*
 * par-check boot guard. PLAIN ES5 ON PURPOSE (checked by eslint with ecmaVersion 5 and by
 * test/taskpane/boot): it runs first, in every webview Office may use, including Internet
 * Explorer 11 (Trident: Office 2016/2019 volume-licensed) and the old Edge (EdgeHTML), which
 * cannot run React 19 / Fluent UI v9. webpack inlines this file into the page.
 *
 * 1. Old engine → a plain bilingual message naming what to upgrade to and pointing at the
 *    browser checking page (checker.html); the React bundle is NOT loaded.
 * 2. Otherwise it loads the bundles listed by webpack in window.__parCheckBundles.
 * 3. Watchdog (task pane only): if Office has not answered within 8 s (a blocked network,
 *    office.js missing), it says so instead of spinning. The pane ends it by calling
 *    window.parCheckBoot.ready() (src/excel/office-env.ts waitForOffice does this).
 */
(function (window, document) {
  'use strict';

  var WATCHDOG_MS = 8000;
  var page = document.documentElement.getAttribute('data-par-boot') || 'taskpane';
  var box = document.getElementById('par-boot');
  var done = false;
  var timer = null;

  function pageUrl(name) {
    var here = String(window.location.href).split('#')[0].split('?')[0];
    return here.replace(/[^/]*$/, '') + name;
  }

  function isLegacyEngine(ua) {
    if (/Trident\/|MSIE /.test(ua)) return true; // Internet Explorer
    if (/Edge\/\d/.test(ua)) return true; // EdgeHTML ("Edg/" is the Chromium Edge, which is fine)
    // Any other engine lacking what the bundle needs.
    return typeof window.Promise === 'undefined' || typeof window.Map === 'undefined' || typeof window.fetch === 'undefined';
  }

  /** Replaces the box's content with paragraphs; `link` is appended to the last one. */
  function show(kind, lines, link) {
    if (!box) return;
    while (box.firstChild) box.removeChild(box.firstChild);
    box.className = 'par-boot par-boot-' + kind;
    box.style.display = 'block';
    for (var i = 0; i < lines.length; i++) {
      var p = document.createElement('p');
      p.appendChild(document.createTextNode(lines[i]));
      if (link && i === lines.length - 1) {
        var a = document.createElement('a');
        a.href = link;
        a.target = '_blank';
        a.rel = 'noopener';
        a.appendChild(document.createTextNode(link));
        p.appendChild(document.createTextNode(' '));
        p.appendChild(a);
      }
      box.appendChild(p);
    }
  }

  function hide() {
    if (box) box.style.display = 'none';
  }

  function ready() {
    done = true;
    if (timer !== null) window.clearTimeout(timer);
    timer = null;
    hide();
  }

  function fail(vi, en) {
    done = true;
    if (timer !== null) window.clearTimeout(timer);
    show('error', [vi, en]);
  }

  window.parCheckBoot = { ready: ready, fail: fail };

  var checker = pageUrl('checker.html');

  if (isLegacyEngine(String(window.navigator.userAgent))) {
    done = true;
    if (page === 'checker') {
      show('legacy', [
        'Trình duyệt này (Internet Explorer hoặc Edge đời cũ) quá cũ để chạy trang kiểm tra. Hãy mở trang này bằng Microsoft Edge mới, Google Chrome hoặc Firefox:',
        'This browser (Internet Explorer or the old Edge) is too old for the checking page. Open this page in the new Microsoft Edge, Google Chrome or Firefox:'
      ], checker);
    } else {
      show('legacy', [
        'Phiên bản Office này quá cũ để chạy ngăn Kiểm tra Chỉ số CCHC (Office 2016/2019 dùng trình duyệt Internet Explorer bên trong).',
        'Cách khắc phục: đề nghị bộ phận CNTT nâng cấp lên Office 2021, Office 2024 hoặc Microsoft 365, hoặc dùng Excel trên web.',
        'This version of Office is too old for the PAR Index check pane (Office 2016/2019 use Internet Explorer inside).',
        'To fix: ask your IT staff to upgrade to Office 2021, Office 2024 or Microsoft 365, or use Excel on the web.',
        'Trong lúc chờ, có thể kiểm tra tệp bằng trình duyệt Edge hoặc Chrome tại / Meanwhile, check the file in Edge or Chrome at:'
      ], checker);
    }
    return;
  }

  var bundles = window.__parCheckBundles || [];
  var left = bundles.length;
  for (var i = 0; i < bundles.length; i++) {
    var s = document.createElement('script');
    s.src = bundles[i];
    s.async = false; // keep webpack's order (runtime before the entry)
    s.onerror = onBundleError;
    s.onload = onBundleLoad;
    document.body.appendChild(s);
  }

  function onBundleError(e) {
    var src = e && e.target && e.target.src ? e.target.src : '';
    fail(
      'Không tải được mã của trang (' + src + '). Hãy kiểm tra kết nối mạng rồi tải lại trang (F5) hoặc đóng và mở lại ngăn.',
      'Could not load the page code (' + src + '). Check the network connection, then reload the page (F5) or close and reopen the pane.'
    );
  }

  function onBundleLoad() {
    left--;
    // The checking page has no Office to wait for: loaded bundles mean it is up.
    if (left === 0 && page === 'checker' && !done) ready();
  }

  if (page !== 'taskpane') return;

  timer = window.setTimeout(function () {
    timer = null;
    if (done) return;
    var seconds = Math.round(WATCHDOG_MS / 1000);
    if (typeof window.Office === 'undefined') {
      show('error', [
        'Không tải được thư viện Office (office.js) sau ' + seconds + ' giây. Có thể mạng đang chặn máy chủ của add-in. Cách khắc phục: kiểm tra mạng, đóng rồi mở lại ngăn; nếu vẫn lỗi, báo bộ phận CNTT.',
        'Office\'s library (office.js) did not load within ' + seconds + ' s. The network may be blocking the add-in\'s server. To fix: check the network, close and reopen the pane; if it persists, tell your IT staff.',
        'Có thể kiểm tra tệp bằng trình duyệt tại / You can check the file in a browser at:'
      ], checker);
    } else {
      show('error', [
        'Excel chưa phản hồi sau ' + seconds + ' giây. Excel có thể đang bận (đang sửa một ô?) hoặc mạng chặn tệp của add-in. Cách khắc phục: nhấn Enter hoặc Esc để thoát ô đang sửa, đợi thêm; nếu vẫn vậy, đóng rồi mở lại ngăn.',
        'Excel has not answered within ' + seconds + ' s. It may be busy (a cell being edited?) or the network blocks the add-in\'s files. To fix: press Enter or Esc to leave the cell, wait a little; if it persists, close and reopen the pane.',
        'Có thể kiểm tra tệp bằng trình duyệt tại / You can check the file in a browser at:'
      ], checker);
    }
  }, WATCHDOG_MS);
})(window, document);
