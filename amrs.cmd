@echo off
rem AMRS without Docker on Windows (no WSL needed): the same commands as ./amrs (DESIGN.md section 11, 20).
rem   amrs.cmd up ^| status ^| logs [-n N] SERVICE ^| report ^| down ^| plc-check ^| test [ARGS]
rem This script only finds a JDK 21+ (JAVA_HOME, else java on PATH) and builds the launcher when it is
rem missing; the launcher (launcher\, Java) does the rest, as it does for ./amrs.
setlocal EnableExtensions EnableDelayedExpansion

set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "LAUNCHER_JAR=%ROOT%\launcher\target\launcher.jar"

set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA (
  echo amrs: AMRS needs a JDK 21 or newer and found none ^(no JAVA_HOME, no java on PATH^): install Temurin 21 or 25 and set JAVA_HOME to it. 1>&2
  exit /b 1
)

set "MAJOR="
for /f "tokens=3" %%V in ('"!JAVA!" -version 2^>^&1 ^| findstr /i /c:" version "') do set "VERSION=%%~V"
for /f "tokens=1 delims=." %%M in ("!VERSION!") do set "MAJOR=%%M"
if not defined MAJOR set "MAJOR=0"
if !MAJOR! LSS 21 (
  echo amrs: AMRS needs a JDK 21 or newer; !JAVA! is Java !MAJOR!: install Temurin 21 or 25 and set JAVA_HOME to it. 1>&2
  exit /b 1
)

if not exist "%LAUNCHER_JAR%" (
  if "%AMRS_NO_BUILD%"=="1" (
    echo amrs: missing %LAUNCHER_JAR% and AMRS_NO_BUILD=1: build it with mvnw.cmd -DskipTests package 1>&2
    exit /b 1
  )
  echo Building the launcher ^(mvnw.cmd -q -DskipTests -pl launcher package^) ... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -q -B -ntp -DskipTests -pl launcher -am package 1>&2
  set "BUILD=!ERRORLEVEL!"
  popd
  if not "!BUILD!"=="0" (
    echo amrs: the launcher's build failed; run mvnw.cmd -DskipTests -pl launcher -am package to see why 1>&2
    exit /b 1
  )
)

"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "-Damrs.root=%ROOT%" -jar "%LAUNCHER_JAR%" %*
exit /b %ERRORLEVEL%
