// Password fields with their rules as a checklist: each rule is ticked as soon as the typed password
// meets it, so that nobody learns the rules one refusal at a time. The server checks them anyway
// (PasswordPolicy); without this script the list simply stays unticked.
document.addEventListener('DOMContentLoaded', function () {
    var tests = {
        length: function (p) { return Array.from(p).length >= 12; },
        upper: function (p) { return /\p{Lu}/u.test(p); },
        lower: function (p) { return /\p{Ll}/u.test(p); },
        digit: function (p) { return /\p{Nd}/u.test(p); },
        symbol: function (p) { return /[^\p{L}\p{Nd}]/u.test(p); }
    };
    document.querySelectorAll('ul.password-rules[data-password]').forEach(function (list) {
        var input = document.getElementById(list.getAttribute('data-password'));
        if (!input) {
            return;
        }
        function tick() {
            list.querySelectorAll('li[data-rule]').forEach(function (rule) {
                rule.classList.toggle('is-met', tests[rule.getAttribute('data-rule')](input.value));
            });
        }
        input.addEventListener('input', tick);
        tick();
    });
});
