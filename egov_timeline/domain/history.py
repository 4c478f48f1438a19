"""Back and forward through what was shown, like a web browser. No Qt."""


class History:
    def __init__(self, limit: int = 200) -> None:
        self._back: list[str] = []
        self._forward: list[str] = []
        self.current: str | None = None
        self._limit = limit

    def visit(self, item_id: str) -> None:
        if item_id == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[: -self._limit]
        self.current = item_id
        self._forward.clear()

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> str | None:
        if not self._back:
            return None
        if self.current is not None:
            self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> str | None:
        if not self._forward:
            return None
        if self.current is not None:
            self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current

    def forget(self, known: set[str]) -> None:
        """Drop ids that no longer exist (after opening another pack)."""
        self._back = [i for i in self._back if i in known]
        self._forward = [i for i in self._forward if i in known]
        if self.current not in known:
            self.current = None
