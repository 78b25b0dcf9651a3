# Two commands do everything on a fresh machine:
#   make demo   install what is missing, build, check, plan and publish the demo workspace
#   make test   install what is missing, build, and run the whole test suite
.PHONY: demo test setup

setup:
	@scripts/setup

demo: setup
	swift build -c release --product circles
	.build/release/circles validate Courses
	.build/release/circles plan Courses --json Courses/.circles/schedule.json
	.build/release/circles publish Courses --out Calendars
	@echo "Published to Calendars/; serve them with: .build/release/circles serve (then open http://127.0.0.1:8080/)"

test:
	@scripts/setup --test
	swift build --build-tests
	swift test --skip-build --disable-xctest
	python3 -m pytest -q Tests/web Tests/mail
