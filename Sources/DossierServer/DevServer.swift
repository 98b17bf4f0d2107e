import DossierBuild

/// The dev server (`dossier serve`): serves the output folder, rebuilds on change, reloads open pages.
/// Filled in by the serve issue.
public enum DevServer {}
