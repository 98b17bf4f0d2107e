import Mustache

/// A stand-in for one of a page's own values (its title, path, content or view) while its page shell is rendered
/// (`PageShells`): printed, it writes a marker that the shell later replaces with the page's value; anything else a
/// template does with it (a transform, a child looked up in it, a lookup that walks through it) counts as misuse,
/// and a shell whose template misused a slot is not used (its pages are rendered whole).
///
/// It behaves as a `String` does in swift-mustache wherever it is only printed or tested: a section over it renders
/// once, an inverted section not at all, `{{v}}` writes it escaped and `{{{v}}}` as it is.
final class TemplateSlot: MustacheParent, MustacheCustomRenderable, MustacheTransformable {
    /// What the slot prints; empty for a slot that may not be printed (the view, which is not a string).
    let marker: String
    private(set) var misused = false

    /// A slot that prints `marker`; without one, printing it is misuse.
    init(marker: String?) {
        self.marker = marker ?? ""
        misused = false
        printable = marker != nil
    }

    private let printable: Bool

    var renderText: String {
        if !printable { misused = true }
        return marker
    }

    /// Never null: a section over a slot renders once, as over a string.
    var isNull: Bool { false }

    func child(named: String) -> Any? {
        misused = true
        return nil
    }

    func transform(_ name: String) -> Any? {
        misused = true
        return nil
    }
}
