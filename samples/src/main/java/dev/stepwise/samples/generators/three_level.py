# The seeds' three-level delegation (seed 000), as written there.
# 3. 가장 안쪽의 하위 제너레이터
def subgenerator():
    """가장 안쪽에서 실제 작업을 처리하는 제너레이터"""
    print("      [하위] 시작")
    total = 0
    try:
        while True:
            # 1-2. 호출자의 send() 값을 여기서 받음
            received = yield total 
            print(f"      [하위] '{received}' 받음")
            if received is None:
                break
            total += received
    except ValueError as e:
        # 2-2. 호출자의 throw() 예외를 여기서 처리
        print(f"      [하위] 예외 처리: {e}")
    finally:
        print("      [하위] 종료")
        # 3-2. 최종 결과를 반환
        return f"최종 합계: {total}"

# 2. 중간 제너레이터
def middle_generator():
    """yield from을 사용하여 하위 제너레이터에 제어권을 위임"""
    print("   [중간] 시작")
    # yield from을 통해 subgenerator와 양방향 채널 연결
    # subgenerator가 종료되면 그 반환값이 result에 저장됨
    result = yield from subgenerator() 
    print(f"   [중간] 하위 제너레이터 결과: '{result}'")
    print("   [중간] 종료")
    return result # 결과를 다시 호출자에게 전달

# 1. 최상위 호출자 (main 로직)
def main():
    """제너레이터를 제어하고 상호작용하는 최상위 호출자"""
    print("[호출자] 시작")
    gen = middle_generator()

    # 1-1. 제너레이터 첫 실행 및 값 전달
    # next()는 내부적으로 send(None)과 같음. subgenerator의 yield total을 실행.
    initial_value = next(gen) 
    print(f"[호출자] 초기 값 '{initial_value}' 받음\n")

    # 1-2. .send()로 값 보내기
    # 이 값은 middle_generator를 거치지 않고 subgenerator의 'received = yield total'로 바로 전달됨.
    value_after_send_10 = gen.send(10)
    print(f"[호출자] 10 보낸 후 '{value_after_send_10}' 받음\n")

    value_after_send_20 = gen.send(20)
    print(f"[호출자] 20 보낸 후 '{value_after_send_20}' 받음\n")

    # 2-1. .throw()로 예외 주입하기
    # 이 예외는 subgenerator 내부의 try...except 블록에서 잡힘.
    try:
        print("[호출자] ValueError 예외 주입 시도")
        gen.throw(ValueError("테스트 예외"))
    except StopIteration as e:
        # subgenerator가 예외 처리 후 finally를 거쳐 return하면, 
        # 호출자 입장에서는 StopIteration이 발생하며 그 반환값이 e.value에 담김.
        print(f"[호출자] StopIteration 잡음. 최종 결과: '{e.value}'")

    print("[호출자] 종료")

if __name__ == "__main__":
    main()
