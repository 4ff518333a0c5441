@echo off
rem Runs jixiao on Windows, building it first when the jar is missing (needs Java 17 and, to build, Maven).
rem The console is switched to UTF-8 and Java writes UTF-8, so Chinese prints right and a CSV
rem redirected to a file (jixiao search ... --format csv > rows.csv) opens right in Excel.
rem As in ./jixiao: unless JIXIAO_JAVA_OPTS is set, a one-shot command runs with the quick compiler
rem alone and the serial collector, and maps a class-data-sharing archive of jixiao's classes that the
rem first extract, check or tables after a build writes beside the jar; ingest, serve, eval and the benchmarks keep
rem the JVM's defaults.
setlocal
set "here=%~dp0"
set "jar=%here%cli\target\jixiao.jar"
if not exist "%jar%" (
  echo jixiao: building ^(mvn -q -DskipTests package^)... 1>&2
  pushd "%here%"
  call mvn -B -q -DskipTests package 1>&2
  popd
  if not exist "%jar%" exit /b 5
)
set "enc=-Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"
chcp 65001 >nul
if not "%JIXIAO_JAVA_OPTS%"=="" (
  java %JIXIAO_JAVA_OPTS% %enc% -jar "%jar%" %*
  exit /b %ERRORLEVEL%
)
set "command="
for %%A in (%*) do (
  if not defined command (
    set "arg=%%~A"
    call :first
  )
)
for %%C in (ingest serve eval bench bench-ingest) do (
  if /i "%command%"=="%%C" (
    java -Xmx4g %enc% -jar "%jar%" %*
    exit /b %ERRORLEVEL%
  )
)
rem the archive is named after the jar's size and time, so a rebuilt jar gets a new one
for %%J in ("%jar%") do set "stamp=%%~zJ-%%~tJ"
set "stamp=%stamp:/=%"
set "stamp=%stamp::=%"
set "stamp=%stamp: =%"
set "archive=%here%cli\target\jixiao-%stamp%.jsa"
set "opts=-Xmx4g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if exist "%archive%" (
  java %opts% -XX:SharedArchiveFile="%archive%" %enc% -jar "%jar%" %*
  exit /b %ERRORLEVEL%
)
rem only a command that reads documents writes the archive: help or a search first would leave out what
rem reading a document loads
set "reads="
for %%C in (extract check tables) do if /i "%command%"=="%%C" set "reads=1"
if not defined reads (
  java %opts% %enc% -jar "%jar%" %*
  exit /b %ERRORLEVEL%
)
del /q "%here%cli\target\jixiao-*.jsa" 2>nul
java %opts% -XX:ArchiveClassesAtExit="%archive%" -Xlog:cds=off -Xlog:cds+dynamic=off %enc% -jar "%jar%" %*
exit /b %ERRORLEVEL%

:first
if not "%arg:~0,1%"=="-" set "command=%arg%"
exit /b 0
