"""The LINE rich menu (the buttons under the chat): five areas, created and removed with the SDK.

``create`` draws the picture (``menu_image``), creates the menu, uploads the picture to the
data API host and makes it every user's default; an older menu of ours is deleted afterwards, so
people never see an empty chat bar. ``delete`` removes every menu named ``MENU_NAME``. Each
area is a postback of ``bot.channels.menu.MENU`` (the same table as Telegram's commands).
"""

from __future__ import annotations

from linebot.v3.messaging import (
    AsyncApiClient,
    AsyncMessagingApi,
    AsyncMessagingApiBlob,
    Configuration,
    RichMenuRequest,
)

from bot.channels.menu import MENU
from bot.channels.menu_image import Tile, draw_menu

MENU_NAME = "competency-assistant"
WIDTH, HEIGHT = 2500, 1686
CHAT_BAR_TEXT = "เมนู"


BUTTONS = MENU


def tiles() -> list[Tile]:
    """Two wide tiles on top (the main tasks), three below."""
    top, bottom = BUTTONS[:2], BUTTONS[2:]
    half = HEIGHT // 2
    laid = [Tile(i * WIDTH // 2, 0, WIDTH // 2, half, b.label) for i, b in enumerate(top)]
    third = WIDTH // 3
    laid += [Tile(i * third, half, WIDTH - 2 * third if i == 2 else third, HEIGHT - half, b.label)
             for i, b in enumerate(bottom)]  # fmt: skip
    return laid


def menu_request() -> RichMenuRequest:
    areas = [
        {
            "bounds": {"x": t.x, "y": t.y, "width": t.width, "height": t.height},
            "action": {"type": "postback", "label": b.label, "data": b.data, "displayText": b.label},
        }
        for t, b in zip(tiles(), BUTTONS, strict=True)
    ]
    body = {"size": {"width": WIDTH, "height": HEIGHT}, "selected": True, "name": MENU_NAME,
            "chatBarText": CHAT_BAR_TEXT, "areas": areas}  # fmt: skip
    return RichMenuRequest.from_dict(body)


class RichMenus:
    """The rich-menu calls, on one API client opened for the command's duration."""

    def __init__(self, token: str, api_base_url: str, data_base_url: str) -> None:
        self._token, self._api_base, self._data_base = token, api_base_url, data_base_url

    async def __aenter__(self) -> RichMenus:
        self._client = AsyncApiClient(Configuration(host=self._api_base, access_token=self._token))
        self._data_client = AsyncApiClient(Configuration(host=self._data_base, access_token=self._token))
        self.api, self.blob = AsyncMessagingApi(self._client), AsyncMessagingApiBlob(self._data_client)
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self._client.close()
        await self._data_client.close()

    async def ours(self) -> list[str]:
        menus = (await self.api.get_rich_menu_list()).richmenus or []
        return [m.rich_menu_id for m in menus if m.name == MENU_NAME]

    async def create(self) -> str:
        """Create, upload the picture, make it the default; then drop our older menus. Its id."""
        older = await self.ours()
        image = draw_menu(WIDTH, HEIGHT, tiles())
        menu_id = (await self.api.create_rich_menu(menu_request())).rich_menu_id
        await self.blob.set_rich_menu_image(menu_id, image, _headers={"Content-Type": "image/png"})
        await self.api.set_default_rich_menu(menu_id)
        for old in older:
            await self.api.delete_rich_menu(old)
        return str(menu_id)

    async def delete(self) -> list[str]:
        """Delete every menu of ours (the default goes with it). The ids deleted."""
        deleted = await self.ours()
        for menu_id in deleted:
            await self.api.delete_rich_menu(menu_id)
        return deleted
