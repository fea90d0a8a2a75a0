// A browser that prefers the other language of the site is offered this page in it: a link, never a redirect.
// Without this script the language switch in the header does the same.
document.addEventListener('DOMContentLoaded', function () {
    var suggestion = document.querySelector('.language-suggestion[data-language]');
    if (!suggestion) {
        return;
    }
    var page = document.documentElement.lang;
    var languages = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < languages.length; i++) {
        var language = languages[i].toLowerCase().slice(0, 2);
        if (language === page) {
            return;
        }
        if (language === suggestion.getAttribute('data-language')) {
            suggestion.hidden = false;
            return;
        }
    }
});
