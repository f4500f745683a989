"""Cross-language parity checks for German/English page pairs (no MkDocs imports).

Use `check_docs(docs_dir)` for a folder with de/ and en/ trees, or `check_pair(...)` on
two Markdown sources. Both return `Finding` records; format them with `Finding.text(lang)`
or `findings.format_github` (German by default, "en" for English).
"""
from .compare import check_pair
from .figures import Figure, extract_figures
from .findings import Finding, Location, Report, format_github, format_json
from .pairs import UnusableInput, check_docs
from .quotes import Quote, scan_quotes

__all__ = [
    "Figure",
    "Finding",
    "Location",
    "Quote",
    "Report",
    "UnusableInput",
    "check_docs",
    "check_pair",
    "extract_figures",
    "format_github",
    "format_json",
    "scan_quotes",
]
