/*
 * Badge portal embed: fills <span class="userbadges" data-service="S" data-user="U" data-theme="T"></span>
 * with the user's public badges. No dependencies. Data is inserted as text, never as HTML; only a page's own
 * UserBadges.renderBadge override may return HTML (its code belongs to the page).
 */
(function (w, d) {
  'use strict';
  var me = d.currentScript;
  var base = me && me.src ? me.src.replace(/\/embed\.js(\?.*)?$/, '') : '';
  var api = w.UserBadges = w.UserBadges || {};
  var requests = {};
  var warned = {};

  function warn(key, message) {
    if (!warned[key]) {
      warned[key] = 1;
      console.warn('UserBadges: ' + message);
    }
  }

  function el(tag, cls, text) {
    var e = d.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }

  function webLink(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  function defaultRender(badge) {
    var name = String(badge.name);
    var node = el('span', 'userbadge');
    name.split(/\s+/).forEach(function (c) {
      c = c.replace(/[^\w-]/g, '');
      if (c) node.classList.add(c);
    });
    var label = el('span', 'name', name);
    label.setAttribute('title', badge.description == null ? '' : String(badge.description));
    var link = webLink(badge.link);
    if (link) {
      var a = el('a');
      a.setAttribute('href', link);
      a.appendChild(label);
      node.appendChild(a);
    } else {
      node.appendChild(label);
    }
    if (badge.count > 1) node.appendChild(el('span', 'count', 'x' + badge.count));
    return node;
  }

  api.defaultRenderBadge = defaultRender;

  function load(service, user) {
    var key = service + '\n' + user;
    return requests[key] || (requests[key] = fetch(base + '/v1/' + encodeURIComponent(service)
        + '/users.json?names=' + encodeURIComponent(user), {credentials: 'omit'})
      .then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status + ' for service "' + service + '"');
        return r.json();
      }));
  }

  function theme(name) {
    if (!/^[a-z0-9-]+$/.test(name)) return warn('t' + name, 'unknown theme "' + name + '"');
    var href = base + '/themes/' + name + '.css';
    var links = d.querySelectorAll('link[rel~="stylesheet"]');
    for (var i = 0; i < links.length; i++) {
      if (links[i].href === href) return;
    }
    var link = el('link');
    link.setAttribute('rel', 'stylesheet');
    link.setAttribute('href', href);
    d.head.appendChild(link);
  }

  function fill(target, data, user) {
    var found = (data.users || []).filter(function (u) { return u.name === user; })[0];
    if (!found) return warn(user, 'no badges for user "' + user + '"');
    var render = w.UserBadges.renderBadge || defaultRender;
    found.badges.forEach(function (held) {
      var badge = {}, info = data.badges[held.name] || {}, k;
      for (k in info) badge[k] = info[k];
      badge.globalCount = info.count;
      badge.globalLatest = info.latest;
      badge.name = held.name;
      badge.count = held.count;
      badge.latest = held.latest;
      var out = render(badge);
      if (typeof out === 'string') target.insertAdjacentHTML('beforeend', out);
      else if (out) target.appendChild(out);
    });
  }

  function renderOne(target) {
    if (target.userBadgesDone) return;
    target.userBadgesDone = 1;
    var service = target.getAttribute('data-service') || '';
    var user = target.getAttribute('data-user') || '';
    var themeName = target.getAttribute('data-theme');
    if (themeName) theme(themeName);
    if (!service || !user) return warn('a', 'data-service and data-user are required');
    load(service, user).then(function (data) {
      fill(target, data, user);
      target.setAttribute('data-state', 'done');
    }).catch(function (error) {
      target.setAttribute('data-state', 'failed');
      warn(service + '\n' + user, error.message);
    });
  }

  api.render = function (root) {
    var list = (root || d).querySelectorAll('.userbadges');
    for (var i = 0; i < list.length; i++) renderOne(list[i]);
  };

  function start() {
    api.render();
    if (w.MutationObserver) {
      new MutationObserver(function (changes) {
        changes.forEach(function (change) {
          change.addedNodes.forEach(function (node) {
            if (node.nodeType !== 1) return;
            if (node.classList.contains('userbadges')) renderOne(node);
            else if (node.querySelector('.userbadges')) api.render(node);
          });
        });
      }).observe(d.documentElement, {childList: true, subtree: true});
    }
  }

  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', start);
  else start();
})(window, document);
