// The booking page's running total: what the ticked boxes would book and cancel, in sessions and euros,
// added up from the price the server wrote on each box (data-cents, the household's own price). Joining
// or leaving a waiting list costs nothing and is not counted. The server prices the changes again when
// they are saved and reports its total; without this script the line keeps its hint.
document.addEventListener('DOMContentLoaded', function () {
    var line = document.getElementById('runningTotal');
    var form = document.getElementById('bookingsForm');
    if (!line || !form) {
        return;
    }
    var english = line.getAttribute('data-lang') === 'en';

    // as the server writes money: "27,60 €" / "€27.60"
    function money(cents) {
        var euros = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, english ? ',' : ' ');
        var rest = String(cents % 100).padStart(2, '0');
        return english ? '€' + euros + '.' + rest : euros + ',' + rest + ' €';
    }

    function count(sum) {
        return line.getAttribute(sum.sessions === 1 ? 'data-one' : 'data-many')
            .replace('{0}', sum.sessions).replace('{1}', money(sum.cents));
    }

    function update() {
        var sums = {book: {sessions: 0, cents: 0}, cancel: {sessions: 0, cents: 0}};
        form.querySelectorAll('input[type=checkbox][data-change]:checked').forEach(function (box) {
            var sum = sums[box.getAttribute('data-change')];
            if (sum) {
                sum.sessions++;
                sum.cents += parseInt(box.getAttribute('data-cents') || '0', 10);
            }
        });
        var parts = [];
        if (sums.book.sessions) {
            parts.push(line.getAttribute('data-book').replace('{0}', count(sums.book)));
        }
        if (sums.cancel.sessions) {
            parts.push(line.getAttribute('data-cancel').replace('{0}', count(sums.cancel)));
        }
        line.textContent = parts.length ? parts.join(' · ') : line.getAttribute('data-idle');
    }

    form.addEventListener('change', update);
    update();
});
