// Finance household page: show the cheque fields only for a cheque and the reference only for a bank
// transfer or a direct debit. Without this script every field shows; the server checks them anyway.
document.addEventListener('DOMContentLoaded', function () {
    var means = document.getElementById('means');
    var cheque = document.getElementById('chequeFields');
    var reference = document.getElementById('referenceField');
    if (!means || !cheque || !reference) {
        return;
    }
    function show() {
        cheque.hidden = means.value !== 'CHEQUE';
        reference.hidden = !(means.value === 'BANK_TRANSFER' || means.value === 'DIRECT_DEBIT');
    }
    means.addEventListener('change', show);
    show();
});
