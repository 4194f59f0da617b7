// The main menu on phones: folded behind the header's "Menu" button so that the first screen shows the
// page, not the links. Without this script the button stays hidden and the menu stays open; on wider
// screens the style sheet shows the menu whatever the button says.
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('menuToggle');
    var menu = document.getElementById('mainMenu');
    if (!button || !menu) {
        return;
    }
    function setOpen(open) {
        button.setAttribute('aria-expanded', String(open));
        menu.classList.toggle('is-open', open);
    }
    menu.classList.add('main-menu--foldable');
    button.hidden = false;
    setOpen(false);
    button.addEventListener('click', function () {
        setOpen(button.getAttribute('aria-expanded') !== 'true');
    });
    // Escape folds the menu back and gives the focus to its button, as a disclosure should
    menu.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true' && button.offsetParent !== null) {
            setOpen(false);
            button.focus();
        }
    });
});
