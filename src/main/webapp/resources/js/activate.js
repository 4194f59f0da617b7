// The activation link's page: a browser confirms at once, as if the button had been pressed. The
// confirmation stays a POST so that mail scanners, which follow links without running scripts, do
// not use up the token.
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('submit');
    var form = document.getElementById('activateForm');
    if (button && form && document.getElementById('token') && document.getElementById('token').value) {
        button.click();
    }
});
