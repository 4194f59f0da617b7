// Tables of the portal (class "table") read as labelled cards on phones: each cell gets its column's
// header as data-label, which the style sheet writes before the value. Changing a table's CSS display
// makes some browsers forget it is a table, so the ARIA roles of a table are set as well: a screen
// reader still announces each value with its column header. Without this script a table stays a table.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('table.table').forEach(function (table) {
        var headers = [];
        var head = table.tHead ? table.tHead.rows[0] : null;
        if (head) {
            Array.prototype.forEach.call(head.cells, function (th) {
                var span = th.colSpan || 1;
                for (var i = 0; i < span; i++) {
                    headers.push(th.textContent.trim());
                }
            });
        }
        table.setAttribute('role', 'table');
        Array.prototype.forEach.call(table.querySelectorAll('thead, tbody, tfoot'), function (group) {
            group.setAttribute('role', 'rowgroup');
        });
        Array.prototype.forEach.call(table.rows, function (row) {
            row.setAttribute('role', 'row');
            var column = 0;
            Array.prototype.forEach.call(row.cells, function (cell) {
                if (cell.tagName === 'TH') {
                    cell.setAttribute('role', cell.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader');
                } else {
                    cell.setAttribute('role', 'cell');
                }
                if (row.parentNode !== table.tHead && headers[column] && !cell.hasAttribute('data-label')) {
                    cell.setAttribute('data-label', headers[column]);
                }
                column += cell.colSpan || 1;
            });
        });
        if (headers.length) {
            table.classList.add('table--cards');
        }
    });
});
