// The payment page while the provider has not answered: asks every 3 seconds where the payment stands
// (GET /api/v1/payments/{id}, which checks with the provider on the server) and, once it is settled,
// shows the page's new status in place (its region is role="status", so it is announced). Plain script
// rather than PrimeFaces' poll, so that the page stays light on a phone.
document.addEventListener('DOMContentLoaded', function () {
    var region = document.getElementById('status');
    var api = region && region.getAttribute('data-status-api');
    if (!api || !window.fetch || !window.DOMParser) {
        return;
    }
    var asking = false;
    var timer = setInterval(function () {
        if (asking) {
            return;
        }
        asking = true;
        fetch(api, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (answer) { return answer.ok ? answer.json() : null; })
            .then(function (payment) {
                if (!payment || payment.status === 'NEW' || payment.status === 'PENDING') {
                    return null;
                }
                clearInterval(timer);
                return fetch(window.location.href, {credentials: 'same-origin'})
                    .then(function (page) { return page.text(); })
                    .then(function (html) {
                        var settled = new DOMParser().parseFromString(html, 'text/html').getElementById('status');
                        if (settled) {
                            region.innerHTML = settled.innerHTML;
                        } else {
                            window.location.reload();
                        }
                    });
            })
            .catch(function () { /* asked again at the next tick */ })
            .then(function () { asking = false; });
    }, 3000);
});
