"""The report's Jinja2 environment: autoescaped output written without ``Markup`` objects, blocks
joined where they are called, quicker ``a.b`` on plain dicts (the same text as Jinja's own)."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, Template, nodes
from jinja2.compiler import CodeGenerator, Frame
from markupsafe import Markup, escape
from markupsafe import _escape_inner as _escape_text


def cell_value(v: Any) -> Markup:
    """A value of a card page, or a muted dash for a missing one (a filter: a macro per cell was a
    tenth of the report's time)."""
    return Markup('<span class="muted">—</span>') if v is None else escape(v)


_DICT_ATTRS = frozenset(dir(dict))


def _escaped(value: Any) -> str:
    """``markupsafe.escape`` for a template's output (``{{ value }}``), the same text without
    wrapping it in a ``Markup`` object: the page joins it at once. Half of a card page's rendering
    was making those objects (a page has some 700 escaped pieces)."""
    if type(value) is str:
        return _escape_text(value)  # type: ignore[no-any-return]
    if hasattr(value, "__html__"):
        return value.__html__()  # type: ignore[no-any-return]
    return _escape_text(str(value))  # type: ignore[no-any-return]


class _Template(Template):
    """A compiled report template whose output escaping is :func:`_escaped` (the name ``escape``
    the compiled code looks up among its module's names; Jinja's own ``escape`` elsewhere)."""

    @classmethod
    def _from_namespace(cls, environment: Environment, namespace: Any, globals: Any) -> Template:
        namespace["escape"] = _escaped
        return super()._from_namespace(environment, namespace, globals)  # type: ignore[misc, no-any-return]


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator, but a block's pieces are joined where the block is called and
    handed on as one string (Jinja hands each piece on through every template of the extends
    chain: a card page's some 1,500 pieces went through three generators each). The same text."""

    def visit_Block(self, node: nodes.Block, frame: Frame) -> None:
        if self.environment.is_async or frame.buffer is not None or node.required:
            super().visit_Block(node, frame)
            return
        level = 0
        if frame.toplevel:
            if self.has_known_extends:
                return
            if self.extends_so_far > 0:
                self.writeline("if parent_template is None:")
                self.indent()
                level += 1
        context = self.derive_context(frame) if node.scoped else self.get_context_ref()
        self.writeline(f"yield environment.concat(context.blocks[{node.name!r}][0]({context}))", node)
        self.outdent(level)


class ReportEnvironment(Environment):
    """Jinja's environment with a quicker ``a.b`` on plain dicts (the pages' values are dicts):
    the key straight away where Jinja would first try an attribute, fail and catch the error
    (the same result: a dict has no attributes but its methods); templates are :class:`_Template`,
    compiled by :class:`_CodeGenerator`."""

    template_class = _Template
    code_generator_class = _CodeGenerator

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRS:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)
