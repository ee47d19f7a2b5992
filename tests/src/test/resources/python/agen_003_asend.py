# agen_003 (P0): asend(v) resumes the generator with v as the value of its suspended yield and
# evaluates to the next value it yields; __anext__() is asend(None). The first asend must send
# None: TypeError "can't send non-None value to a just-started async generator", and the
# generator stays unstarted. Once the generator has ended, asend raises StopAsyncIteration.
import asyncio
from _support import acall, agstate


class Asend:
    async def echo(self):
        print("echo started")
        received = yield "ready"
        while received != "stop":
            await asyncio.sleep(0)
            print("echo received", received)
            received = yield "echo " + str(received)
        print("echo stops")

    async def main(self):
        ag = self.echo()
        await acall("asend(1) first", ag.asend(1))
        print("state:", agstate(ag))
        await acall("asend(None)", ag.asend(None))
        await acall("asend(1)", ag.asend(1))
        await acall("asend('x')", ag.asend("x"))
        await acall("__anext__()", ag.__anext__())
        await acall("asend('stop')", ag.asend("stop"))
        print("state:", agstate(ag))
        await acall("asend(2) after the end", ag.asend(2))
        await acall("asend(None) after the end", ag.asend(None))


asyncio.run(Asend().main())
