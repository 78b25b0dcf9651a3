import Mustache

/// The two templates every message is made from (swift-mustache): the plain text and the
/// HTML part, both fed the same `MailContent`, so the two parts always say the same.
///
/// They are compiled into the binary rather than shipped as resource files: `circles` then
/// needs no resource bundle beside it when it is copied onto a server. The text template
/// uses `{{{ }}}` (nothing to escape in plain text); the HTML one `{{ }}`, which escapes.
struct MailTemplates: Sendable {
    let library: MustacheLibrary

    static let plain = """
        {{{greeting}}}

        {{{intro}}}
        {{#items}}

        {{#label}}{{{label}}}: {{/label}}{{{summary}}}
          {{{when}}}
          {{{place}}}
        {{#was}}
          ({{{wasLabel}}}: {{{when}}}, {{{place}}})
        {{/was}}
        {{/items}}

        {{{linkIntro}}}
        {{{link}}}
        {{#note}}

        {{{note}}}
        {{/note}}

        {{{footer}}}

        """

    static let html = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head><meta charset="utf-8"><title>{{subject}}</title></head>
        <body style="font-family: sans-serif; max-width: 40em; line-height: 1.4">
        <p>{{greeting}}</p>
        <p>{{intro}}</p>
        <ul>
        {{#items}}
        <li>{{#label}}<strong>{{label}}:</strong> {{/label}}{{summary}}<br>{{when}}<br>{{place}}{{#was}}<br><del>{{when}}, {{place}}</del> ({{wasLabel}}){{/was}}</li>
        {{/items}}
        </ul>
        <p>{{linkIntro}}<br><a href="{{link}}">{{link}}</a></p>
        {{#note}}
        <p>{{note}}</p>
        {{/note}}
        <p><small>{{footer}}</small></p>
        </body>
        </html>

        """

    init() {
        var library = MustacheLibrary()
        // The templates are constants of this file: a parse error is a bug found by every test.
        try! library.register(Self.plain, named: "plain")
        try! library.register(Self.html, named: "html")
        self.library = library
    }

    func render(_ content: MailContent) -> (plain: String, html: String) {
        let context = content.context
        return (
            library.render(context, withTemplate: "plain") ?? "", library.render(context, withTemplate: "html") ?? ""
        )
    }
}
