var Con = Con || {};
Con.Deal = { onLoad: function (context) { } };
