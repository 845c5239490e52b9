// Stylesheets mean nothing to jsdom; jest maps every `.css` import here.
module.exports = {};
